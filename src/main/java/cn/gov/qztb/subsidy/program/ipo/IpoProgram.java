package cn.gov.qztb.subsidy.program.ipo;

import cn.gov.qztb.subsidy.program.Decision;
import cn.gov.qztb.subsidy.program.SubsidyProgram;
import cn.gov.qztb.subsidy.reference.Enterprise;
import org.springframework.stereotype.Component;

/** 企业上市扶持 (clause 5): one award per enterprise and stage. */
@Component
public class IpoProgram implements SubsidyProgram<IpoFiling, IpoPolicy> {

  @Override
  public String key() {
    return "ipoSupport";
  }

  @Override
  public String numberPrefix() {
    return "IPO";
  }

  @Override
  public Class<IpoFiling> filingType() {
    return IpoFiling.class;
  }

  @Override
  public Class<IpoPolicy> policyType() {
    return IpoPolicy.class;
  }

  @Override
  public String subjectKey(IpoFiling filing, Enterprise enterprise) {
    return enterprise.getCreditCode() + ":" + filing.stage().name();
  }

  @Override
  public String subjectLabel(IpoFiling filing) {
    return "上市扶持“" + filing.stage().label() + "”阶段";
  }

  @Override
  public Decision evaluate(IpoFiling filing, Enterprise enterprise, IpoPolicy policy) {
    return IpoRule.evaluate(filing, policy);
  }

}
