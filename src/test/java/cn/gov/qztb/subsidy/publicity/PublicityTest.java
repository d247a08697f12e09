package cn.gov.qztb.subsidy.publicity;

import static cn.gov.qztb.subsidy.support.Filings.bureau;
import static cn.gov.qztb.subsidy.support.Filings.noStopConstruction;
import static cn.gov.qztb.subsidy.support.Filings.township;
import static cn.gov.qztb.subsidy.support.Filings.uniqueProjectCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.calendar.WorkingCalendar;
import cn.gov.qztb.subsidy.ledger.Award;
import cn.gov.qztb.subsidy.ledger.AwardRepository;
import cn.gov.qztb.subsidy.ledger.AwardStatus;
import cn.gov.qztb.subsidy.ledger.AwardStatuses;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.Http;
import cn.gov.qztb.subsidy.support.ProcessTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * 公示: a unit publishes its approved awards for the edition's working days; objections are
 * reviewed by the unit; at the period's end the entries without an open objection are publicized.
 * On its own database: a list takes every approved award of the unit.
 */
@ProcessTest
@TestPropertySource(properties = "camunda.bpm.process-engine-name=publicity")
class PublicityTest {

  @LocalServerPort int port;
  @Autowired ApplicationDriver driver;
  @Autowired AwardRepository awards;
  @Autowired AwardStatuses statuses;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired WorkingCalendar calendar;
  @Autowired JdbcTemplate jdbc;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  private Award approved(String project) {
    ProcessInstance instance = driver.start("noStopConstructionBonus", "applicant2");
    driver.complete(instance, "filing", "applicant2", noStopConstruction(project));
    driver.complete(instance, "townshipVerification", "dongyuan", township("APPROVE", null));
    driver.complete(instance, "bureauApproval", "keji", bureau("APPROVE", null));
    driver.runJobs(instance);
    return awards.findByBusinessKey(instance.getBusinessKey()).orElseThrow();
  }

  private ProcessInstance list(String number) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).processDefinitionKey("awardPublicity")
        .singleResult();
  }

  private String start() {
    Http.Response started = http.basic("keji", "POST", "/api/publicity", null);
    assertThat(started.status()).isEqualTo(200);
    return started.json().path("number").asText();
  }

  private void publishAllBut(String number, String excluded) {
    driver.complete(list(number), "compilePublicity", "keji", excluded == null
        ? Map.of("publicityDecision", "PUBLISH") : Map.of("publicityDecision", "PUBLISH", "excludedNumbers", excluded));
  }

  private Job periodEnd(String number) {
    return management.createJobQuery().processInstanceId(list(number).getId()).timers().singleResult();
  }

  @Test
  void aUnitPublishesItsApprovedAwardsForFiveWorkingDaysThenTheyArePublicized() {
    Award a = approved(uniqueProjectCode());
    Award b = approved(uniqueProjectCode());

    for (String user : new String[] {"applicant2", "dongyuan", "gongdian"}) {
      assertThat(http.basic(user, "POST", "/api/publicity", null).status()).as(user).isEqualTo(403);
    }
    String number = start();
    ProcessInstance instance = list(number);
    Task compile = driver.task(instance, "compilePublicity");
    assertThat(tasks.getIdentityLinksForTask(compile.getId())).extracting(link -> link.getGroupId()).containsExactly("unitKeji");
    assertThat((String) driver.variables(instance).get("publicityDraft")).contains(a.getBusinessKey(), b.getBusinessKey(),
        "第18条 春节不停工奖励", "30,000.00 元");

    assertThatThrownBy(() -> driver.complete(instance, "compilePublicity", "zhifa", Map.of("publicityDecision", "PUBLISH")))
        .isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> publishAllBut(number, "NSC-2024-999999"))
        .isInstanceOf(Refusal.class).hasMessageContaining("NSC-2024-999999不是本单位待公示的奖补");
    assertThat(statuses.of(a.getId())).isEqualTo(AwardStatus.APPROVED);

    publishAllBut(number, b.getBusinessKey());

    assertThat(statuses.of(a.getId())).isEqualTo(AwardStatus.IN_PUBLICITY);
    assertThat(statuses.of(b.getId())).isEqualTo(AwardStatus.APPROVED);
    Map<String, Object> period = jdbc.queryForMap("select published_on, ends_on, working_days, phone from publicity"
        + " where id = ?", Long.parseLong(number.substring(3)));
    LocalDate from = ((java.sql.Date) period.get("published_on")).toLocalDate();
    LocalDate to = ((java.sql.Date) period.get("ends_on")).toLocalDate();
    assertThat(period.get("working_days")).isEqualTo(5);
    assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(5);
    assertThat(calendar.isWorkingDay(to)).isTrue();
    assertThat(period.get("phone")).isEqualTo("0595-87381201");

    management.executeJob(periodEnd(number).getId());
    driver.runJobs(instance);

    assertThat(statuses.of(a.getId())).isEqualTo(AwardStatus.PUBLICIZED);
    assertThat(statuses.of(b.getId())).isEqualTo(AwardStatus.APPROVED);
    assertThat(driver.isRunning(instance)).isFalse();

    // to be paid, and 东园建设 has no receiving account: it is asked for one
    ProcessInstance request = runtime.createProcessInstanceQuery().processDefinitionKey("bankAccountRequest")
        .variableValueEquals("enterpriseCode", "91350521MAWPDQNQ93").singleResult();
    assertThat(tasks.getIdentityLinksForTask(driver.task(request, "enterBankAccount").getId()))
        .extracting(link -> link.getGroupId()).containsExactly("enterprise91350521MAWPDQNQ93");
    assertThatThrownBy(() -> driver.complete(request, "enterBankAccount", "applicant1",
        Map.of("bankName", "中国工商银行泉州分行", "accountNumber", "1408012345678901234"))).isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> driver.complete(request, "enterBankAccount", "applicant2",
        Map.of("bankName", "中国工商银行泉州分行", "accountNumber", "1408-0123"))).isInstanceOf(Refusal.class)
        .hasMessageContaining("银行账号");
    driver.complete(request, "enterBankAccount", "applicant2",
        Map.of("bankName", "中国工商银行泉州分行", "accountNumber", "1408012345678901234"));
    assertThat(jdbc.queryForObject("select account_number from enterprise_account where credit_code = ?", String.class,
        "91350521MAWPDQNQ93")).isEqualTo("1408012345678901234");
  }

  @Test
  void aCancelledListChangesNothingAndIsNotPublic() {
    Award a = approved(uniqueProjectCode());
    String number = start();
    driver.complete(list(number), "compilePublicity", "keji", Map.of("publicityDecision", "CANCEL"));

    assertThat(statuses.of(a.getId())).isEqualTo(AwardStatus.APPROVED);
    assertThat(list(number)).as("the list has ended").isNull();
    assertThat(http.basic(null, "GET", "/public/publicity.json", null).body()).doesNotContain(number);
    assertThat(jdbc.queryForObject("select count(*) from publicity_entry where award_id = ?", Integer.class, a.getId()))
        .isZero();
  }

  @Test
  void aPeriodReachingAYearTheCalendarDoesNotCoverIsRefusedNotGuessed() {
    Award a = approved(uniqueProjectCode());
    String number = start();
    // a Monday four working days before the end of the calendar's last year: day 5 would fall in 2027
    ClockUtil.setCurrentTime(java.util.Date.from(LocalDate.of(2026, 12, 28).atTime(10, 0)
        .atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant()));
    try {
      assertThatThrownBy(() -> publishAllBut(number, null))
          .isInstanceOf(Refusal.class).hasMessageContaining("工作日历未包含2027年");
    } finally {
      ClockUtil.reset();
    }
    assertThat(statuses.of(a.getId())).isEqualTo(AwardStatus.APPROVED);
    assertThat(driver.task(list(number), "compilePublicity")).isNotNull();
  }

  @Test
  void thePublicListShowsOnlyWhatIsPublicAndNeedsNoLogin() {
    Award a = approved(uniqueProjectCode());
    String number = start();
    publishAllBut(number, null);

    Http.Response json = http.basic(null, "GET", "/public/publicity.json", null);
    assertThat(json.status()).isEqualTo(200);
    JsonNode shown = null;
    for (JsonNode list : json.json()) {
      if (list.path("number").asText().equals(number)) {
        shown = list;
      }
    }
    assertThat(shown).isNotNull();
    assertThat(shown.path("unit").asText()).isEqualTo("区科技经济发展局");
    assertThat(shown.path("telephone").asText()).isEqualTo("0595-87381201");
    assertThat(shown.path("howToObject").asText()).contains("书面形式");
    JsonNode entry = null;
    for (JsonNode item : shown.path("entries")) {
      if (item.path("applicationNumber").asText().equals(a.getBusinessKey())) {
        entry = item;
      }
    }
    assertThat(entry).isNotNull();
    assertThat(entry.path("amount").asText()).isEqualTo("30000.00");
    assertThat(entry.path("clause").asInt()).isEqualTo(18);
    assertThat(entry.path("status").asText()).isEqualTo("公示中");
    List<String> keys = new java.util.ArrayList<>();
    entry.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("enterprise", "program", "clause", "applicationNumber", "amount", "status");
    assertThat(json.body()).doesNotContain("applicant2", "keji\"", "dongyuan\"", "approvedBy", "notes");

    Http.Response html = http.basic(null, "GET", "/public/publicity", null);
    assertThat(html.status()).isEqualTo(200);
    assertThat(html.body()).contains("惠企政策奖补公示", number, a.getBusinessKey(), "30,000.00", "0595-87381201");
    assertThat(html.headers().get("content-security-policy")).contains("default-src 'none'");
  }

  @Test
  void anObjectionHoldsItsEntryUntilTheUnitDecidesAndAnUpheldOneWithdrawsTheAward() {
    String projectA = uniqueProjectCode();
    Award a = approved(projectA);
    Award c = approved(uniqueProjectCode());
    String number = start();
    publishAllBut(number, null);

    Map<String, Object> objection = Map.of("applicationNumber", a.getBusinessKey(), "objectorName", "张三",
        "objectorContact", "13800000000", "content", "春节期间该项目工地实际停工");
    assertThat(http.basic("gongdian", "POST", "/api/publicity/" + number + "/objections", objection).status()).isEqualTo(403);
    Http.Response notOnList = http.basic("applicant1", "POST", "/api/publicity/" + number + "/objections",
        Map.of("applicationNumber", "NSC-2024-999999", "objectorName", "张三", "objectorContact", "138", "content", "x"));
    assertThat(notOnList.status()).isEqualTo(400);
    assertThat(notOnList.message()).contains("没有申请NSC-2024-999999");
    Http.Response empty = http.basic("applicant1", "POST", "/api/publicity/" + number + "/objections",
        Map.of("applicationNumber", a.getBusinessKey()));
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.message()).contains("异议人姓名或单位", "异议内容");

    Http.Response lodged = http.basic("applicant1", "POST", "/api/publicity/" + number + "/objections", objection);
    assertThat(lodged.status()).isEqualTo(200);
    String objectionNumber = lodged.json().path("objection").asText();
    Http.Response recorded = http.basic("luoyang", "POST", "/api/publicity/" + number + "/objections",
        Map.of("applicationNumber", c.getBusinessKey(), "objectorName", "李四", "objectorContact", "0595-1234",
            "content", "该企业并非施工单位"));
    assertThat(recorded.status()).isEqualTo(200);

    management.executeJob(periodEnd(number).getId());
    driver.runJobs(list(number));
    assertThat(statuses.of(a.getId())).as("an open objection holds the entry").isEqualTo(AwardStatus.IN_PUBLICITY);
    assertThat(statuses.of(c.getId())).isEqualTo(AwardStatus.IN_PUBLICITY);

    ProcessInstance review = runtime.createProcessInstanceQuery().processInstanceBusinessKey(objectionNumber)
        .singleResult();
    assertThat(tasks.getIdentityLinksForTask(driver.task(review, "reviewObjection").getId()))
        .extracting(link -> link.getGroupId()).containsExactly("unitKeji");
    assertThatThrownBy(() -> driver.complete(review, "reviewObjection", "dongyuan",
        Map.of("objectionDecision", "DISMISS", "objectionReason", "x"))).isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> driver.complete(review, "reviewObjection", "keji", Map.of("objectionDecision", "DISMISS")))
        .isInstanceOf(Refusal.class).hasMessageContaining("核查意见");
    driver.complete(review, "reviewObjection", "keji",
        Map.of("objectionDecision", "UPHOLD", "objectionReason", "经实名制考勤核实，正月初三至初五停工"));
    assertThat(statuses.of(a.getId())).isEqualTo(AwardStatus.WITHDRAWN);

    ProcessInstance other = runtime.createProcessInstanceQuery().processDefinitionKey("publicityObjection")
        .processInstanceBusinessKey(recorded.json().path("objection").asText()).singleResult();
    driver.complete(other, "reviewObjection", "keji", Map.of("objectionDecision", "DISMISS", "objectionReason", "施工合同为证"));
    assertThat(statuses.of(c.getId())).as("dismissed after the period: publicized").isEqualTo(AwardStatus.PUBLICIZED);

    // the withdrawn award's project is free again
    ProcessInstance again = driver.start("noStopConstructionBonus", "applicant2");
    driver.complete(again, "filing", "applicant2", noStopConstruction(projectA));
    assertThat(driver.task(again, "townshipVerification")).isNotNull();

    Http.Response late = http.basic("applicant1", "POST", "/api/publicity/" + number + "/objections", objection);
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.message()).contains("不在公示期内");
  }
}
