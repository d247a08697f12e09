package cn.gov.qztb.subsidy.workflow;

import static cn.gov.qztb.subsidy.support.Filings.noStopConstruction;
import static cn.gov.qztb.subsidy.support.Filings.township;
import static cn.gov.qztb.subsidy.support.Filings.uniqueProjectCode;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.access.TasklistFilters;
import cn.gov.qztb.subsidy.application.ApplicationEvent;
import cn.gov.qztb.subsidy.application.ApplicationEventRepository;
import cn.gov.qztb.subsidy.application.ApplicationRepository;
import cn.gov.qztb.subsidy.application.ApplicationStatus;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.ProcessTest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 办理时限: review steps are due after their working days by the official calendar, flagged and
 * reported when overdue; drafts left unfiled are closed. The business date is moved with the
 * engine's clock, and the timers are run as the job executor would.
 */
@ProcessTest
class DeadlinesTest {

  static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");
  static final String PROGRAM = "noStopConstructionBonus";

  @Autowired ApplicationDriver driver;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired FilterService filters;
  @Autowired ApplicationRepository applications;
  @Autowired ApplicationEventRepository events;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  static void at(LocalDateTime time) {
    ClockUtil.setCurrentTime(date(time));
  }

  static Date date(LocalDateTime time) {
    return Date.from(time.atZone(DISTRICT).toInstant());
  }

  @Test
  void aReviewStepIsDueAfterItsWorkingDaysAcrossHolidaysAndIsFlaggedWhenOverdue() {
    at(LocalDateTime.of(2024, 9, 27, 10, 0));
    ProcessInstance instance = driver.start(PROGRAM, "applicant2");
    driver.complete(instance, "filing", "applicant2", noStopConstruction(uniqueProjectCode()));

    // Fri 09-27 handed over; 5 working days: Sun 09-29 (调休), 09-30, then 国庆 until 10-07, 10-08, 10-09, 10-10
    Task verification = driver.task(instance, "townshipVerification");
    assertThat(verification.getDueDate()).isEqualTo(date(LocalDateTime.of(2024, 10, 10, 23, 59, 59)));
    Job timer = management.createJobQuery().processInstanceId(instance.getId()).activityId("townshipVerificationOverdue")
        .singleResult();
    assertThat(timer.getDuedate()).isEqualTo(date(LocalDateTime.of(2024, 10, 11, 0, 0, 0)));

    at(LocalDateTime.of(2024, 10, 10, 23, 0));
    assertThat(driver.runJobs(instance)).as("not yet due").isZero();
    assertThat(driver.variables(instance)).doesNotContainKey("overdue");

    at(LocalDateTime.of(2024, 10, 11, 0, 0, 30));
    assertThat(driver.runJobs(instance)).isEqualTo(1);
    String note = "乡镇核实已超过办理时限（应于2024-10-10前办结），请尽快办理";
    assertThat(driver.variables(instance)).containsEntry("overdue", true).containsEntry("overdueNote", note);
    assertThat(driver.task(instance, "townshipVerification").getId()).as("the step stays with its reviewers")
        .isEqualTo(verification.getId());
    assertThat(tasks.getTaskComments(verification.getId())).extracting(Comment::getFullMessage).containsExactly(note);
    assertThat(events.findByBusinessKeyOrderByIdAsc(instance.getBusinessKey())).extracting(ApplicationEvent::getAction)
        .containsExactly(ApplicationEvent.Action.OPENED, ApplicationEvent.Action.FILED, ApplicationEvent.Action.OVERDUE);
    assertThat((String) driver.variables(instance).get("applicationHistory")).contains("乡镇核实 · 超过办理时限：" + note);
    assertThat(overdueTaskIdsSeenBy("dongyuan")).as("reported to its group").contains(verification.getId());
    assertThat(overdueTaskIdsSeenBy("luoyang")).as("not to another township").doesNotContain(verification.getId());

    driver.complete(instance, "townshipVerification", "dongyuan", township("APPROVE", null));
    assertThat(driver.variables(instance)).as("the flag is lowered when the step is done")
        .doesNotContainKeys("overdue", "overdueNote");
    // handed over on Fri 10-11: Sat 10-12 (调休) 1, 10-14…10-18 2–6, 10-21…10-24 7–10
    assertThat(driver.task(instance, "bureauApproval").getDueDate())
        .isEqualTo(date(LocalDateTime.of(2024, 10, 24, 23, 59, 59)));
  }

  @Test
  void noDueDateIsGuessedWhereTheCalendarEnds() {
    at(LocalDateTime.of(2026, 12, 28, 10, 0));
    ProcessInstance instance = driver.start(PROGRAM, "applicant2");
    driver.complete(instance, "filing", "applicant2", noStopConstruction(uniqueProjectCode()));
    assertThat(driver.task(instance, "townshipVerification").getDueDate()).as("5 working days run into 2027").isNull();
    Job timer = management.createJobQuery().processInstanceId(instance.getId()).activityId("townshipVerificationOverdue")
        .singleResult();
    assertThat(timer.getDuedate()).isEqualTo(Deadlines.NEVER);
  }

  @Test
  void aDraftLeftUnfiledForThirtyDaysIsClosedAndTheEnterpriseIsTold() {
    at(LocalDateTime.of(2024, 9, 2, 9, 0));
    ProcessInstance instance = driver.start(PROGRAM, "applicant2");
    assertThat(driver.task(instance, "filing").getDueDate()).as("the draft shows when it closes")
        .isEqualTo(date(LocalDateTime.of(2024, 10, 2, 9, 0)));

    at(LocalDateTime.of(2024, 10, 2, 8, 59));
    assertThat(driver.runJobs(instance)).isZero();
    at(LocalDateTime.of(2024, 10, 2, 9, 0, 1));
    assertThat(driver.runJobs(instance)).isEqualTo(1);

    assertThat(driver.isRunning(instance)).isFalse();
    assertThat(applications.findById(instance.getBusinessKey()).orElseThrow().getStatus()).isEqualTo(ApplicationStatus.EXPIRED);
    assertThat(driver.historicVariable(instance, "applicationStatusLabel")).isEqualTo("逾期未提交已关闭");
    List<ApplicationEvent> history = events.findByBusinessKeyOrderByIdAsc(instance.getBusinessKey());
    assertThat(history).extracting(ApplicationEvent::getAction)
        .containsExactly(ApplicationEvent.Action.OPENED, ApplicationEvent.Action.EXPIRED);
    assertThat(history.get(1).getComment()).contains("超过填报期限未提交，系统已自动关闭本申请");
  }

  @Test
  void aReturnedFilingLeftUntouchedIsClosedAndItsProjectIsFreeAgain() {
    String project = uniqueProjectCode();
    at(LocalDateTime.of(2024, 9, 2, 9, 0));
    ProcessInstance instance = driver.start(PROGRAM, "applicant2");
    driver.complete(instance, "filing", "applicant2", noStopConstruction(project));
    driver.complete(instance, "townshipVerification", "dongyuan", township("RETURN", "请补充考勤表"));

    at(LocalDateTime.of(2024, 10, 3, 9, 0));
    driver.runJobs(instance);
    assertThat(driver.isRunning(instance)).isFalse();
    assertThat(applications.findById(instance.getBusinessKey()).orElseThrow().getStatus()).isEqualTo(ApplicationStatus.EXPIRED);

    ProcessInstance again = driver.start(PROGRAM, "applicant2");
    driver.complete(again, "filing", "applicant2", noStopConstruction(project));
    assertThat(driver.task(again, "townshipVerification")).as("the closed application no longer holds the project")
        .isNotNull();
  }

  private List<String> overdueTaskIdsSeenBy(String userId) {
    Filter overdue = driver.as(userId, () -> filters.createFilterQuery().filterName(TasklistFilters.OVERDUE).singleResult());
    assertThat(overdue).as(userId + " has an 已逾期 filter").isNotNull();
    return driver.as(userId, () -> filters.<Task>list(overdue.getId())).stream().map(Task::getId).toList();
  }
}
