package cn.gov.qztb.subsidy.program.electricity;

import cn.gov.qztb.subsidy.program.AwardHistory;
import cn.gov.qztb.subsidy.program.Decision;
import cn.gov.qztb.subsidy.program.SubsidyProgram;
import cn.gov.qztb.subsidy.reference.Enterprise;
import java.util.List;
import org.springframework.stereotype.Component;

/** 用电增量奖励 (clause 9): one award per enterprise and period, both together capped per enterprise. */
@Component
public class ElectricityProgram implements SubsidyProgram<ElectricityFiling, ElectricityPolicy> {

  @Override
  public String key() {
    return "electricityIncrementReward";
  }

  @Override
  public String numberPrefix() {
    return "ELE";
  }

  @Override
  public Class<ElectricityFiling> filingType() {
    return ElectricityFiling.class;
  }

  @Override
  public Class<ElectricityPolicy> policyType() {
    return ElectricityPolicy.class;
  }

  @Override
  public String subjectKey(ElectricityFiling filing, Enterprise enterprise) {
    return enterprise.getCreditCode() + ":" + filing.period().name();
  }

  @Override
  public String subjectLabel(ElectricityFiling filing) {
    return filing.period().label() + "用电增量奖励";
  }

  @Override
  public Decision evaluate(ElectricityFiling filing, Enterprise enterprise, ElectricityPolicy policy) {
    return ElectricityRule.evaluate(filing, enterprise.getKind(), policy);
  }

  @Override
  public Decision settle(ElectricityFiling filing, Decision decision, ElectricityPolicy policy, AwardHistory awards) {
    return ElectricityRule.settle(filing, decision, policy, awards);
  }

  @Override
  public List<String> summary(ElectricityFiling filing, ElectricityPolicy policy) {
    return List.of("同比增量：" + filing.increment() + "千瓦时");
  }

}
