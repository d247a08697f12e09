package cn.gov.qztb.subsidy.program.employment;

import cn.gov.qztb.subsidy.program.Decision;
import cn.gov.qztb.subsidy.program.FilingReader;
import cn.gov.qztb.subsidy.program.SubsidyProgram;
import cn.gov.qztb.subsidy.reference.Enterprise;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** 稳岗奖补 (clause 31): certified by 区科技经济发展局, approved by 区民生保障局; one award per enterprise. */
@Component
public class EmploymentProgram implements SubsidyProgram<EmploymentFiling, EmploymentPolicy> {

  static final long MAX_EMPLOYEES = 1_000_000;
  static final long MAX_KWH = 1_000_000_000_000L;

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

  @Override
  public EmploymentFiling readFiling(FilingReader in, EmploymentPolicy policy, Enterprise enterprise, LocalDate today) {
    Long dec = in.count("insuredDec2023", "2023年末参加失业保险职工人数", MAX_EMPLOYEES);
    Long feb = in.count("insuredFeb2024", "2024年2月参加失业保险职工人数", MAX_EMPLOYEES);
    Long jan = in.count("kwhJan2024", "2024年1月用电量（千瓦时）", MAX_KWH);
    Long febKwh = in.count("kwhFeb2024", "2024年2月用电量（千瓦时）", MAX_KWH);
    return in.hasProblems() ? null : new EmploymentFiling(dec, feb, jan, febKwh);
  }

  @Override
  public String subjectKey(EmploymentFiling filing, Enterprise enterprise) {
    return enterprise.getCreditCode();
  }

  @Override
  public String subjectLabel(EmploymentFiling filing) {
    return "稳岗奖补（每家企业一次）";
  }

  @Override
  public Decision evaluate(EmploymentFiling filing, Enterprise enterprise, EmploymentPolicy policy) {
    return EmploymentRule.evaluate(filing, enterprise.getKind(), policy);
  }

  @Override
  public List<String> describe(EmploymentFiling filing, EmploymentPolicy policy) {
    return List.of(
        "2023年末参保职工：" + filing.insuredDec2023() + "人",
        "2024年2月参保职工：" + filing.insuredFeb2024() + "人",
        "2024年1月用电：" + filing.kwhJan2024() + "千瓦时",
        "2024年2月用电：" + filing.kwhFeb2024() + "千瓦时");
  }
}
