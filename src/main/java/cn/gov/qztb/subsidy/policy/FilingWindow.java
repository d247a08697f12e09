package cn.gov.qztb.subsidy.policy;

import java.time.LocalDate;

/**
 * A program's filing window (受理期) in an edition: the first and the last day on which an
 * application may be started or filed, both included. It opens only once the period the
 * program measures is over.
 */
public record FilingWindow(String edition, LocalDate opens, LocalDate closes) {

  public boolean contains(LocalDate day) {
    return !day.isBefore(opens) && !day.isAfter(closes);
  }

  public boolean overlaps(FilingWindow other) {
    return !other.closes.isBefore(opens) && !other.opens.isAfter(closes);
  }

  /** "2024年版受理期2024-04-01至2024-06-30" */
  public String text() {
    return edition + "年版受理期" + opens + "至" + closes;
  }
}
