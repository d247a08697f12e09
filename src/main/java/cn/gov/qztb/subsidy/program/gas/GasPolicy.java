package cn.gov.qztb.subsidy.program.gas;

import cn.gov.qztb.subsidy.policy.ProgramPolicy;
import cn.gov.qztb.subsidy.program.EnterpriseCap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Clause 33 parameters: the discount window, the daily average it requires, the discount and the cap. */
public record GasPolicy(
    int clause,
    int year,
    String title,
    String approvingUnit,
    LocalDate windowStart,
    LocalDate windowEnd,
    Long minDailyAverageM3,
    BigDecimal discountPerM3,
    BigDecimal enterpriseCap)
    implements ProgramPolicy, EnterpriseCap {

  /** Days of the window, both ends included (2024-01-01 to 2024-02-29 is 60). */
  public long days() {
    return ChronoUnit.DAYS.between(windowStart, windowEnd) + 1;
  }

  /** A daily average of at least N over the window is a total of at least N × days. */
  public long minTotalM3() {
    return minDailyAverageM3 * days();
  }
}
