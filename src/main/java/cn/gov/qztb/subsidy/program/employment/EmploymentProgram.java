package cn.gov.qztb.subsidy.program.employment;

import java.util.ArrayList;
import cn.gov.qztb.subsidy.reference.HolderRecord;
import cn.gov.qztb.subsidy.reference.HolderFacts;
import cn.gov.qztb.subsidy.reference.Dataset;
import cn.gov.qztb.subsidy.program.HolderReads;
import cn.gov.qztb.subsidy.program.DataFiling;
import cn.gov.qztb.subsidy.program.Decision;
import cn.gov.qztb.subsidy.program.SubsidyProgram;
import cn.gov.qztb.subsidy.reference.Enterprise;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;

/** 稳岗奖补 (clause 31): certified by 区科技经济发展局, approved by 区民生保障局; one award per enterprise. */
@Component
public class EmploymentProgram implements SubsidyProgram<EmploymentFiling, EmploymentPolicy> {

  @Override
  public String key() {
    return "employmentStabilizationSubsidy";
  }

  @Override
  public String numberPrefix() {
    return "EMP";
  }

  @Override
  public Class<EmploymentFiling> filingType() {
    return EmploymentFiling.class;
  }

  @Override
  public Class<EmploymentPolicy> policyType() {
    return EmploymentPolicy.class;
  }

  /** Filing opens after February, the month of the festival whose figures count. */
  @Override
  public LocalDate measuredUntil(EmploymentPolicy policy) {
    return YearMonth.of(policy.year(), 2).atEndOfMonth();
  }

  /** 免申即享 from 区民生保障局's insured counts and 惠安供电公司's consumption. */
  @Override
  public List<DataFiling<EmploymentFiling>> fromData(Enterprise enterprise, EmploymentPolicy policy, HolderFacts data) {
    int year = policy.year();
    List<HolderRecord> insured = HolderReads.months(data, Dataset.UNEMPLOYMENT_INSURANCE, enterprise.getCreditCode(),
        YearMonth.of(year - 1, 12), YearMonth.of(year, 2));
    List<HolderRecord> kwh = HolderReads.months(data, Dataset.ELECTRICITY, enterprise.getCreditCode(),
        YearMonth.of(year, 1), YearMonth.of(year, 2));
    if (insured == null || kwh == null) {
      return List.of();
    }
    List<HolderRecord> used = new ArrayList<>(insured);
    used.addAll(kwh);
    return List.of(new DataFiling<>(new EmploymentFiling(insured.get(0).count("insured"), insured.get(1).count("insured"),
        kwh.get(0).count("kwh"), kwh.get(1).count("kwh")), used));
  }

  @Override
  public String subjectKey(EmploymentFiling filing, Enterprise enterprise) {
    return enterprise.getCreditCode();
  }

  @Override
  public String subjectLabel(EmploymentFiling filing) {
    return "稳岗奖补（每家企业一次）";
  }

  /**
   * The figures the rule compares, for the township and the certifier (who confirms them before
   * certifying). Percentages are shown to 0.01% for reading; the rule compares exactly, in integers.
   */
  @Override
  public List<String> summary(EmploymentFiling filing, EmploymentPolicy policy) {
    long dec = filing.insuredDec2023();
    long feb = filing.insuredFeb2024();
    String attrition = dec == 0 ? "无法计算（" + (policy.year() - 1) + "年末参保人数为0）"
        : (dec - feb) + "/" + dec + "＝" + percent(dec - feb, dec);
    String ratio = filing.kwhJan2024() == 0 ? "无法计算（1月用电量为0）"
        : filing.kwhFeb2024() + "/" + filing.kwhJan2024() + "＝" + percent(filing.kwhFeb2024(), filing.kwhJan2024());
    return List.of(
        "减员率（第" + policy.clause() + "条：不高于" + policy.maxAttritionPercent().toPlainString() + "%）：" + attrition,
        policy.year() + "年2月/1月用电量（不低于" + policy.minFebToJanElectricityPercent() + "%）：" + ratio,
        "奖补基数：" + policy.year() + "年2月参加失业保险职工" + feb + "人");
  }

  private static String percent(long part, long whole) {
    return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  @Override
  public Decision evaluate(EmploymentFiling filing, Enterprise enterprise, EmploymentPolicy policy) {
    return EmploymentRule.evaluate(filing, enterprise.getKind(), policy);
  }

}
