package cn.gov.qztb.subsidy.program.nostopconstruction;

import java.util.ArrayList;
import java.util.Optional;
import cn.gov.qztb.subsidy.reference.HolderRecord;
import cn.gov.qztb.subsidy.reference.HolderFacts;
import cn.gov.qztb.subsidy.reference.Dataset;
import cn.gov.qztb.subsidy.program.FilingReader;
import cn.gov.qztb.subsidy.program.HolderReads;
import cn.gov.qztb.subsidy.program.DataFiling;
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

  private static final String UNDER_CONSTRUCTION = "在建";

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

  /**
   * 免申即享 from 项目建设综合协调办公室's key projects the enterprise builds (施工单位) while under
   * construction, with the real-name system's attendance on every holiday day.
   */
  @Override
  public List<DataFiling<NoStopConstructionFiling>> fromData(Enterprise enterprise, NoStopConstructionPolicy policy,
      HolderFacts data) {
    List<DataFiling<NoStopConstructionFiling>> made = new ArrayList<>();
    for (HolderRecord project : data.ofParty(Dataset.KEY_PROJECTS, enterprise.getCreditCode())) {
      List<HolderRecord> days = HolderReads.days(data, Dataset.SITE_ATTENDANCE, project.key(), policy.holidayStart(),
          policy.holidayEnd());
      if (!UNDER_CONSTRUCTION.equals(project.value("status")) || days == null) {
        continue;
      }
      List<HolderRecord> used = new ArrayList<>(List.of(project));
      used.addAll(days);
      made.add(new DataFiling<>(new NoStopConstructionFiling(project.key(), project.value("name"),
          ProjectLevel.ofRegistry(project.value("level")), days.stream().map(day -> day.count("workers")).toList()), used));
    }
    return made;
  }

  /**
   * Once the key-project registry is imported, clause 18 holds against it: the project is in it, at
   * an eligible level, under construction, and the applicant is its 施工单位 ("给予施工单位").
   */
  @Override
  public void checkAgainstData(NoStopConstructionFiling filing, FilingReader in, NoStopConstructionPolicy policy,
      Enterprise enterprise, HolderFacts data) {
    if (!data.imported(Dataset.KEY_PROJECTS)) {
      return;
    }
    Optional<HolderRecord> project = data.find(Dataset.KEY_PROJECTS, filing.projectCode(), "");
    String label = "项目编号";
    if (project.isEmpty()) {
      in.require(false, "projectCode", label, "：「" + filing.projectCode()
          + "」不在项目建设综合协调办公室的重点项目库中（第18条奖励省、市重点项目）");
      return;
    }
    HolderRecord registered = project.get();
    in.require(policy.eligibleLevels().contains(ProjectLevel.ofRegistry(registered.value("level"))), "projectCode", label,
        "：重点项目库登记的项目级别为「" + registered.value("level") + "」，第18条奖励省、市重点项目");
    in.require(UNDER_CONSTRUCTION.equals(registered.value("status")), "projectCode", label,
        "：重点项目库登记的项目状态为「" + registered.value("status") + "」，第18条奖励在建项目");
    in.require(enterprise.getCreditCode().equals(registered.value("contractorCode")), "projectCode", label,
        "：重点项目库登记的施工单位为「" + registered.value("contractorName")
            + "」，第18条奖励给予施工单位，只能由施工单位申请");
  }

  /** The project's own township verifies (项目所在乡镇), whoever builds it. */
  @Override
  public String verifyingTownship(NoStopConstructionFiling filing, HolderFacts data) {
    return data.find(Dataset.KEY_PROJECTS, filing.projectCode(), "").map(project -> project.value("township")).orElse(null);
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
