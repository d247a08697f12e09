package cn.gov.qztb.subsidy.program.exhibition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** A filing for one exhibition abroad; the report date and fares are empty when there was none. */
public record ExhibitionFiling(
    String exhibitionName,
    String exhibitionCountry,
    LocalDate exhibitionStartDate,
    boolean offline,
    long booths,
    boolean hasSelfOperatedExports,
    BigDecimal exports2023Usd,
    LocalDate departureDate,
    LocalDate reportedDate,
    BigDecimal airfare1,
    BigDecimal airfare2) {

  /** The fares given, largest first. */
  public List<BigDecimal> faresLargestFirst() {
    List<BigDecimal> fares = new ArrayList<>(Stream.of(airfare1, airfare2).filter(Objects::nonNull).toList());
    fares.sort(Comparator.reverseOrder());
    return fares;
  }
}
