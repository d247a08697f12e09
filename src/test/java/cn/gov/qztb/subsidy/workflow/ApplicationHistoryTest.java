package cn.gov.qztb.subsidy.workflow;

import static cn.gov.qztb.subsidy.support.Filings.bureau;
import static cn.gov.qztb.subsidy.support.Filings.noStopConstruction;
import static cn.gov.qztb.subsidy.support.Filings.township;
import static cn.gov.qztb.subsidy.support.Filings.uniqueProjectCode;
import static cn.gov.qztb.subsidy.support.Filings.with;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.application.ApplicationEvent;
import cn.gov.qztb.subsidy.application.ApplicationEventRepository;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.ProcessTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 办理记录: every step, decision and comment, and what a corrected filing changed, shown on the next form. */
@ProcessTest
class ApplicationHistoryTest {

  @Autowired ApplicationDriver driver;
  @Autowired ApplicationEventRepository events;

  @Test
  void theReviewerSeesTheEarlierReturnAndWhatChangedSince() {
    String project = uniqueProjectCode();
    ProcessInstance instance = driver.start("noStopConstructionBonus", "applicant2");
    Map<String, Object> first = with(noStopConstruction(project), "workersDay3", 50);
    driver.complete(instance, "filing", "applicant2", first);
    driver.complete(instance, "townshipVerification", "dongyuan", township("RETURN", "初三人数与考勤表不符"));
    assertThat((String) driver.variables(instance).get("applicationHistory"))
        .as("the applicant's form shows the return").contains("乡镇核实 · 退回修改（dongyuan）：初三人数与考勤表不符");

    driver.complete(instance, "filing", "applicant2", with(first, "workersDay3", 60));
    String history = (String) driver.variables(instance).get("applicationHistory");
    assertThat(history.lines().toList()).hasSize(5);
    assertThat(history).contains("填报申请 · 创建草稿（applicant2）", "填报申请 · 提交申请（applicant2）",
        "填报申请 · 修改后重新提交（applicant2）", "修改内容：2月12日（正月初三）施工人数（人）：50 → 60");

    driver.complete(instance, "townshipVerification", "dongyuan", township("APPROVE", null));
    driver.complete(instance, "bureauApproval", "keji", bureau("APPROVE", "同意"));
    driver.runJobs(instance);

    List<ApplicationEvent> all = events.findByBusinessKeyOrderByIdAsc(instance.getBusinessKey());
    assertThat(all).extracting(ApplicationEvent::getAction).containsExactly(
        ApplicationEvent.Action.OPENED, ApplicationEvent.Action.FILED, ApplicationEvent.Action.RETURNED,
        ApplicationEvent.Action.REFILED, ApplicationEvent.Action.ADVANCED, ApplicationEvent.Action.ADVANCED,
        ApplicationEvent.Action.AWARDED);
    assertThat(all.get(5).getComment()).isEqualTo("同意");
    assertThat(all.get(6).getComment()).isEqualTo("入账金额 30,000.00 元");
    assertThat((String) driver.historicVariable(instance, "applicationHistory"))
        .endsWith("部门审批 · 登记奖补台账：入账金额 30,000.00 元");
    assertThat(driver.historicVariable(instance, "awardAmountText")).isEqualTo("30,000.00 元");
  }

  @Test
  void aRefilingThatChangesNothingSaysSo() {
    ProcessInstance instance = driver.start("noStopConstructionBonus", "applicant2");
    Map<String, Object> filing = noStopConstruction(uniqueProjectCode());
    driver.complete(instance, "filing", "applicant2", filing);
    driver.complete(instance, "townshipVerification", "dongyuan", township("RETURN", "请核对"));
    driver.complete(instance, "filing", "applicant2", filing);
    assertThat((String) driver.variables(instance).get("applicationHistory")).contains("修改内容：（申报内容未修改）");
  }
}
