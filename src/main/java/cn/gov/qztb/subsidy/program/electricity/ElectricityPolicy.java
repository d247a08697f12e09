package cn.gov.qztb.subsidy.program.electricity;

import cn.gov.qztb.subsidy.policy.ProgramPolicy;
import cn.gov.qztb.subsidy.program.EnterpriseCap;
import java.math.BigDecimal;

/** Clause 9 parameters: the two thresholds, the reward per kWh of increment and the cap per enterprise. */
public record ElectricityPolicy(
    int clause,
    String title,
    String approvingUnit,
    Long janFebMinIncrementKwh,
    Integer q1MinGrowthPercent,
    BigDecimal yuanPerKwh,
    BigDecimal enterpriseCap)
    implements ProgramPolicy, EnterpriseCap {}
