package cn.gov.qztb.subsidy.program.nostopconstruction;

import cn.gov.qztb.subsidy.policy.ProgramPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * Clause 18 parameters of an edition: the bonus, the Spring Festival holiday (正月初一 to 初八)
 * with its lunar day names, the minimum daily average of workers and the eligible project levels.
 */
public record NoStopConstructionPolicy(
    int clause,
    int year,
    String title,
    String approvingUnit,
    BigDecimal amount,
    LocalDate holidayStart,
    LocalDate holidayEnd,
    List<String> holidayDayNames,
    Integer minDailyAverageWorkers,
    Set<ProjectLevel> eligibleLevels)
    implements ProgramPolicy {

  public NoStopConstructionPolicy {
    if (holidayStart != null && holidayEnd != null && holidayDayNames != null
        && holidayDayNames.size() != ChronoUnit.DAYS.between(holidayStart, holidayEnd) + 1) {
      throw new IllegalArgumentException("holidayDayNames must name every day from holidayStart to holidayEnd");
    }
  }

  public int days() {
    return holidayDayNames.size();
  }

  /** A daily average of at least N over the holiday is a total of at least N × days: no division. */
  public long minTotalWorkers() {
    return (long) minDailyAverageWorkers * days();
  }

  /** e.g. 2月10日（正月初一）, for day 0 to days()-1. */
  public String dayLabel(int day) {
    LocalDate date = holidayStart.plusDays(day);
    return date.getMonthValue() + "月" + date.getDayOfMonth() + "日（" + holidayDayNames.get(day) + "）";
  }
}
