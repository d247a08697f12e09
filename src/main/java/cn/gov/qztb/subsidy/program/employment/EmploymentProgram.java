package cn.gov.qztb.subsidy.program.employment;

import cn.gov.qztb.subsidy.program.Decision;
import cn.gov.qztb.subsidy.program.SubsidyProgram;
import cn.gov.qztb.subsidy.reference.Enterprise;
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

}
