package cn.gov.qztb.subsidy.program.nostopconstruction;

import cn.gov.qztb.subsidy.program.Decision;
import cn.gov.qztb.subsidy.program.FilingReader;
import cn.gov.qztb.subsidy.program.SubsidyProgram;
import cn.gov.qztb.subsidy.reference.Enterprise;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** 春节不停工奖励 (clause 18): one award per project code, whoever applies. */
@Component
public class NoStopConstructionProgram implements SubsidyProgram<NoStopConstructionFiling, NoStopConstructionPolicy> {

  static final long MAX_WORKERS_PER_DAY = 100_000;

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

  @Override
  public NoStopConstructionFiling readFiling(
      FilingReader in, NoStopConstructionPolicy policy, Enterprise enterprise, LocalDate today) {
    String code = in.text("projectCode", "项目编号", 64);
    String name = in.text("projectName", "项目名称", 128);
    ProjectLevel level = in.choice("projectLevel", "项目级别", ProjectLevel.class, ProjectLevel::label);
    List<Long> workers = new ArrayList<>();
    for (int day = 0; day < policy.days(); day++) {
      workers.add(in.count(workersVariable(day), policy.dayLabel(day) + "施工人数", MAX_WORKERS_PER_DAY));
    }
    if (in.hasProblems()) {
      return null;
    }
    return new NoStopConstructionFiling(code, name, level, workers);
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
  public List<String> describe(NoStopConstructionFiling filing, NoStopConstructionPolicy policy) {
    List<String> lines = new ArrayList<>();
    lines.add("项目编号：" + filing.projectCode());
    lines.add("项目名称：" + filing.projectName());
    lines.add("项目级别：" + filing.projectLevel().label());
    for (int day = 0; day < policy.days(); day++) {
      lines.add(policy.dayLabel(day) + "施工人数：" + filing.workersByDay().get(day) + "人");
    }
    lines.add(policy.days() + "天合计：" + filing.totalWorkers() + "人");
    return lines;
  }

  @Override
  public Map<String, Object> filingVariables(NoStopConstructionFiling filing) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("projectCode", filing.projectCode());
    variables.put("projectName", filing.projectName());
    variables.put("projectLevel", filing.projectLevel().name());
    for (int day = 0; day < filing.workersByDay().size(); day++) {
      variables.put(workersVariable(day), filing.workersByDay().get(day));
    }
    return variables;
  }

  /** The filing form labels each day with its date and lunar name, taken from the edition. */
  @Override
  public Map<String, String> formLabels(NoStopConstructionPolicy policy) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (int day = 0; day < policy.days(); day++) {
      labels.put(workersVariable(day), policy.dayLabel(day) + "施工人数（人）");
    }
    return labels;
  }

  static String workersVariable(int day) {
    return "workersDay" + (day + 1);
  }
}
