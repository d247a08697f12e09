package cn.gov.qztb.subsidy.program.employment;

import cn.gov.qztb.subsidy.policy.ProgramPolicy;
import cn.gov.qztb.subsidy.program.EnterpriseCap;
import java.math.BigDecimal;

/**
 * Clause 31 parameters: the attrition benchmark (2022年末全国城镇调查失业率), the continuous
 * production test, the amount per insured employee, the cap, and the fund that pays.
 */
public record EmploymentPolicy(
    int clause,
    int year,
    String title,
    String certifyingUnit,
    String approvingUnit,
    BigDecimal maxAttritionPercent,
    String attritionBenchmark,
    Integer minFebToJanElectricityPercent,
    BigDecimal perInsuredEmployee,
    BigDecimal enterpriseCap,
    String fundingSource)
    implements ProgramPolicy, EnterpriseCap {}
