package cn.gov.qztb.subsidy.program.newtostatistics;

import cn.gov.qztb.subsidy.program.Decision;
import cn.gov.qztb.subsidy.program.SubsidyProgram;
import cn.gov.qztb.subsidy.reference.Enterprise;
import org.springframework.stereotype.Component;

/** 升规纳统奖励 (clause 2): one award per enterprise. */
@Component
public class NewToStatisticsProgram implements SubsidyProgram<NewToStatisticsFiling, NewToStatisticsPolicy> {

  @Override
  public String key() {
    return "newToStatisticsReward";
  }

  @Override
  public String numberPrefix() {
    return "NTS";
  }

  @Override
  public Class<NewToStatisticsFiling> filingType() {
    return NewToStatisticsFiling.class;
  }

  @Override
  public Class<NewToStatisticsPolicy> policyType() {
    return NewToStatisticsPolicy.class;
  }

  @Override
  public String subjectKey(NewToStatisticsFiling filing, Enterprise enterprise) {
    return enterprise.getCreditCode();
  }

  @Override
  public String subjectLabel(NewToStatisticsFiling filing) {
    return "升规纳统奖励（每家企业一次）";
  }

  @Override
  public Decision evaluate(NewToStatisticsFiling filing, Enterprise enterprise, NewToStatisticsPolicy policy) {
    return NewToStatisticsRule.evaluate(filing, enterprise.getKind(), policy);
  }

}
