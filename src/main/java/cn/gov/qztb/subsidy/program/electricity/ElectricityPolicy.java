package cn.gov.qztb.subsidy.program.electricity;

import cn.gov.qztb.subsidy.policy.ProgramPolicy;
import cn.gov.qztb.subsidy.program.EnterpriseCap;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Clause 9 parameters: the two thresholds, the reward per kWh of increment, the cap per
 * enterprise, and the day the first quarter's reward opens (the program's window opens after
 * February, for January–February).
 */
public record ElectricityPolicy(
    int clause,
    int year,
    String title,
    String approvingUnit,
    Long janFebMinIncrementKwh,
    Integer q1MinGrowthPercent,
    BigDecimal yuanPerKwh,
    BigDecimal enterpriseCap,
    LocalDate q1FilingOpens)
    implements ProgramPolicy, EnterpriseCap {}
