package cn.gov.qztb.subsidy.program.newtostatistics;

import cn.gov.qztb.subsidy.policy.ProgramPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/** Clause 2 parameters: the quarter in which enterprises must have entered the statistics, and the two rewards. */
public record NewToStatisticsPolicy(
    int clause,
    int year,
    String title,
    String approvingUnit,
    YearMonth firstMonth,
    YearMonth lastMonth,
    BigDecimal industrialAmount,
    BigDecimal tradeAndServicesAmount)
    implements ProgramPolicy {

  public boolean covers(YearMonth month) {
    return !month.isBefore(firstMonth) && !month.isAfter(lastMonth);
  }

  public boolean covers(LocalDate date) {
    return covers(YearMonth.from(date));
  }

  public String quarter() {
    return firstMonth + "至" + lastMonth;
  }
}
