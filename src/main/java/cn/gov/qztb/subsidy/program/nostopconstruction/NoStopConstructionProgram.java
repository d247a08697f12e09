package cn.gov.qztb.subsidy.program.nostopconstruction;

import cn.gov.qztb.subsidy.program.Decision;
import cn.gov.qztb.subsidy.program.FieldRules;
import cn.gov.qztb.subsidy.program.SubsidyProgram;
import cn.gov.qztb.subsidy.reference.Enterprise;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** 春节不停工奖励 (clause 18): one award per project code, whoever applies. */
@Component
public class NoStopConstructionProgram implements SubsidyProgram<NoStopConstructionFiling, NoStopConstructionPolicy> {

  @Override
  public String key() {
    return "noStopConstructionBonus";
  }

  @Override
  public String numberPrefix() {
    return "NSC";
  }

  @Override
  public Class<NoStopConstructionFiling> filingType() {
    return NoStopConstructionFiling.class;
  }

  @Override
  public Class<NoStopConstructionPolicy> policyType() {
    return NoStopConstructionPolicy.class;
  }

  /** The edition names the holiday's days, and so how many daily counts are read and what each is called. */
  @Override
  public FieldRules fieldRules(NoStopConstructionPolicy policy) {
    return FieldRules.none().items("workersByDay", policy.days(), day -> policy.dayLabel(day) + "施工人数（人）");
  }

  /** Filing opens after 正月初八, the holiday's last day. */
  @Override
  public LocalDate measuredUntil(NoStopConstructionPolicy policy) {
    return policy.holidayEnd();
  }

  @Override
  public String subjectKey(NoStopConstructionFiling filing, Enterprise enterprise) {
    return filing.projectCode().replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }

  @Override
  public String subjectLabel(NoStopConstructionFiling filing) {
    return "项目（项目编号" + filing.projectCode() + "）";
  }

  @Override
  public Decision evaluate(NoStopConstructionFiling filing, Enterprise enterprise, NoStopConstructionPolicy policy) {
    return NoStopConstructionRule.evaluate(filing, policy);
  }

  @Override
  public List<String> summary(NoStopConstructionFiling filing, NoStopConstructionPolicy policy) {
    return List.of(policy.days() + "天合计：" + filing.totalWorkers() + "人");
  }
}
