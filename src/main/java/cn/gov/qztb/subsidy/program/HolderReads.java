package cn.gov.qztb.subsidy.program;

import cn.gov.qztb.subsidy.reference.Dataset;
import cn.gov.qztb.subsidy.reference.HolderFacts;
import cn.gov.qztb.subsidy.reference.HolderRecord;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading a run of the holders' figures: all of them, or none (the data is not complete). */
public final class HolderReads {

  private HolderReads() {}

  /** The enterprise's figure for each month, in order; null when any month is missing. */
  public static List<HolderRecord> months(HolderFacts data, Dataset dataset, String creditCode, YearMonth... months) {
    List<HolderRecord> found = new ArrayList<>();
    for (YearMonth month : months) {
      Optional<HolderRecord> record = data.find(dataset, creditCode, month.toString());
      if (record.isEmpty()) {
        return null;
      }
      found.add(record.get());
    }
    return found;
  }

  /** The figure for each day from {@code first} to {@code last}; null when any day is missing. */
  public static List<HolderRecord> days(HolderFacts data, Dataset dataset, String key, LocalDate first, LocalDate last) {
    List<HolderRecord> found = new ArrayList<>();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      Optional<HolderRecord> record = data.find(dataset, key, day.toString());
      if (record.isEmpty()) {
        return null;
      }
      found.add(record.get());
    }
    return found;
  }
}
