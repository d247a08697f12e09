package cn.gov.qztb.subsidy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.application.ApplicationRepository;
import cn.gov.qztb.subsidy.application.ApplicationStatus;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.Filings;
import java.time.Duration;
import java.util.Date;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Case work as the people do it in Tasklist, in Chromium: the Chinese start form, a draft
 * discarded, a filing on a 390-pixel phone, the verifier's 本乡镇待核实 with due dates, a search
 * by application number, and an overdue step flagged once the business date passes its due date.
 * Screenshots go to target/e2e-screenshots/ (13–19).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class CaseWorkBrowserE2E {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired ApplicationRepository applications;
  @Autowired ApplicationDriver driver;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void fromTheStartFormToAnOverdueStep() {
    // a business day the official calendar covers, whenever the test runs
    ClockUtil.setCurrentTime(Date.from(java.time.LocalDateTime.of(2026, 11, 30, 10, 0)
        .atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant()));
    try (Browser browser = new Browser("http://localhost:" + port)) {
      browser.logIn("tasklist", "applicant2");
      assertThat(browser.displayed(".create-task-action")).as("an enterprise is not offered 创建任务").isFalse();
      browser.openStartDialog("春节不停工奖励");
      browser.screenshot("13-start-form-in-chinese");
      assertThat(browser.text()).contains("春节不停工奖励（第18条）", "泉台管办发明电〔2024〕3号", "3万元")
          .doesNotContain("业务编号", "添加变量", "Business Key");
      browser.confirmStart();

      // a draft started by mistake is discarded from its form
      String draft = newestApplicationOf("applicant2");
      browser.openFilter("我的待办");
      browser.openTask("填报申请", draft);
      browser.clickAndConfirm("放弃申请", "确认放弃");
      browser.awaitText("申请" + draft + "已放弃");
      browser.screenshot("14-draft-discarded");
      assertThat(applications.findById(draft).orElseThrow().getStatus()).isEqualTo(ApplicationStatus.DISCARDED);
      awaitTrue(() -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(draft).count() == 0, "draft closed");

      // a filing on a phone: the form takes the screen, not the space below the list
      browser.resize(390, 844);
      browser.startProcess("春节不停工奖励");
      String number = newestApplicationOf("applicant2");
      browser.openFilter("我的待办");
      browser.openTask("填报申请", number);
      assertThat(browser.displayed(".column-center")).as("the task list gives way to the form").isFalse();
      assertThat(browser.topOf("[cam-tasklist-task]")).as("the form is at the top of the screen").isLessThan(300);
      browser.screenshot("15-phone-filing");
      // first with the project of an application already filed: the server refuses, with its message only
      String taken = "XM-2024-QZ-9" + number.substring(number.length() - 2);
      ProcessInstance earlier = driver.start("noStopConstructionBonus", "applicant2");
      driver.complete(earlier, "filing", "applicant2", Filings.noStopConstruction(taken));
      browser.type("项目编号", taken);
      browser.type("项目名称", "秀涂码头扩建工程");
      browser.select("项目级别", "市级重点项目");
      for (int day = 10; day <= 17; day++) {
        browser.type("2月" + day + "日", "55");
      }
      browser.complete();
      browser.awaitText("不能重复申请");
      browser.screenshot("15b-phone-refusal-message-only");
      assertThat(browser.notificationText()).contains("不能重复申请").doesNotContain("Cannot", "task", "Exception")
          .doesNotContain(driver.task(runtime.createProcessInstanceQuery().processInstanceBusinessKey(number)
              .singleResult(), "filing").getId());
      browser.type("项目编号", "XM-2024-QZ-8" + number.substring(number.length() - 2));
      browser.completeKeepingNotifications();
      awaitStep(number, "townshipVerification");
      assertThat(browser.notificationText()).as("the refusal is gone after the successful retry").doesNotContain("不能重复申请");
      browser.resize(1400, 1100);

      // the verifier lands on 本乡镇待核实, sorted by due date, and finds the case by its number
      browser.logIn("tasklist", "dongyuan");
      assertThat(browser.activeFilter()).startsWith("本乡镇待核实");
      assertThat(browser.url()).contains("dueDate");
      String card = browser.card(number);
      browser.screenshot("16-township-list-with-due-dates");
      assertThat(card).contains("截止", "申请编号", number, "福建东园建设工程有限公司", "30,000.00 元");
      browser.search(number);
      assertThat(browser.listedNumbers()).containsExactly(number);
      browser.screenshot("17-search-by-application-number");

      // the business date passes the due date: the step is flagged for the group
      Task verification = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
      ClockUtil.setCurrentTime(new Date(verification.getDueDate().getTime() + Duration.ofHours(1).toMillis()));
      Job timer = management.createJobQuery().processInstanceId(verification.getProcessInstanceId())
          .activityId("townshipVerificationOverdue").singleResult();
      management.executeJob(timer.getId());
      browser.refresh();
      browser.openFilter("已逾期");
      browser.openTask("乡镇核实", number);
      browser.screenshot("18-overdue-flagged");
      assertThat(browser.value("办理时限提醒")).startsWith("乡镇核实已超过办理时限");
      assertThat(browser.value("办理记录")).contains("填报申请 · 提交申请（applicant2）", "乡镇核实 · 超过办理时限");
      assertThat(browser.value("核定金额")).isEqualTo("30,000.00 元");

      // the approving unit follows its open cases, their age and due dates, in Cockpit
      browser.logIn("cockpit", "keji");
      browser.awaitText("案件查询");
      browser.awaitText(number);
      browser.screenshot("19-cockpit-cases-with-due-dates");
      assertThat(browser.rowOf(number)).contains("乡镇核实", "（已逾期）", "30,000.00 元", "个工作日");
    }
  }

  private String newestApplicationOf(String user) {
    return runtime.createProcessInstanceQuery().variableValueEquals("applicantUserId", user).list().stream()
        .map(ProcessInstance::getBusinessKey).max(String::compareTo).orElseThrow();
  }

  private void awaitStep(String number, String taskKey) {
    awaitTrue(() -> runtime.createExecutionQuery().processInstanceBusinessKey(number).activityId(taskKey).count() > 0,
        number + " at " + taskKey);
  }

  private static void awaitTrue(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Browser.pause(300);
    }
  }
}
