package cn.gov.qztb.subsidy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.application.ApplicationRepository;
import cn.gov.qztb.subsidy.ledger.AwardRepository;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A person does the whole job in Camunda's own webapps, in a real browser whose language is
 * zh-CN: applicant2 files 春节不停工奖励 in Tasklist, dongyuan returns it (with a comment that
 * would be a script if it were rendered as markup), applicant2 corrects and refiles, dongyuan
 * verifies, keji approves, keji sees the award in Cockpit, applicant1 sees none of it.
 * Screenshots of every step are saved under target/e2e-screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles({"demo", "test"})
class TasklistBrowserE2E {

  static final String PROJECT = "XM-2024-QZ-018";
  static final String SCRIPT_COMMENT = "<img src=x onerror=alert(1)>请核对初三考勤";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired AwardRepository awards;
  @Autowired ApplicationRepository applications;

  @Test
  void fromLoginToAward() {
    try (Browser browser = new Browser("http://localhost:" + port)) {
      browser.go("/camunda/app/tasklist/");
      browser.screenshot("01-login");
      assertThat(browser.text()).contains("登录", "惠企政策兑现");
      assertThat(browser.pageShows("placeholder=\"用户名\"")).isTrue();

      browser.logIn("tasklist", "applicant2");
      assertThat(browser.text()).contains("我的待办", "发起流程");
      browser.startProcess("春节不停工奖励");
      String number = newestApplicationOf("applicant2").getBusinessKey();
      browser.openFilter("我的待办");
      browser.openTask("填报申请", number);
      browser.screenshot("02-filing-form");
      assertThat(browser.value("申请编号")).isEqualTo(number);

      fillFiling(browser, "-3");
      browser.screenshot("03-negative-workers-refused");
      assertThat(browser.text()).as("form-js's own message, in Chinese").contains("格式不正确，请按说明填写")
          .doesNotContain("Field must");
      assertThat(browser.completeButton().isEnabled()).isFalse();
      assertThat(browser.value("项目编号")).as("nothing typed is lost").isEqualTo(PROJECT);

      browser.type("2月12日", "60");
      browser.screenshot("04-filing-filled");
      browser.complete();
      awaitStep(number, "townshipVerification");

      // the server refuses a second application for the same project, and says so in Chinese
      browser.startProcess("春节不停工奖励");
      String second = newestApplicationOf("applicant2").getBusinessKey();
      browser.openFilter("我的待办");
      browser.openTask("填报申请", second);
      fillFiling(browser, "60");
      browser.complete();
      browser.awaitText("不能重复申请");
      browser.screenshot("05-duplicate-refused-by-server");
      assertThat(browser.value("项目编号")).isEqualTo(PROJECT);

      browser.logIn("tasklist", "dongyuan");
      browser.openFilter("本组待办");
      browser.openTask("乡镇核实", number);
      browser.claim();
      browser.screenshot("06-township-verification");
      assertThat(browser.value("核定金额")).isEqualTo("30,000.00 元");
      browser.choose("退回修改");
      browser.type("乡镇核实意见", SCRIPT_COMMENT);
      browser.complete();
      awaitStep(number, "filing");

      browser.logIn("tasklist", "applicant2");
      browser.openFilter("我的待办");
      browser.openTask("填报申请", number);
      browser.screenshot("07-returned-comment-shown-as-text");
      assertThat(browser.alertShown()).as("the comment ran as a script").isFalse();
      assertThat(browser.value("退回修改意见")).isEqualTo(SCRIPT_COMMENT);
      assertThat(browser.value("项目编号")).as("earlier values are filled in").isEqualTo(PROJECT);
      browser.complete();
      awaitStep(number, "townshipVerification");

      review(browser, "dongyuan", "乡镇核实", number, "核实通过", null);
      awaitStep(number, "bureauApproval");

      review(browser, "keji", "部门审批", number, "批准", "08-bureau-approval");
      awaitAward(number);

      browser.logIn("cockpit", "keji");
      browser.awaitText(number);
      browser.screenshot("09-cockpit-award-ledger");
      assertThat(browser.text()).contains("奖补台账（已入账）", number, "30,000.00 元", "第18条");

      browser.logIn("tasklist", "applicant1");
      browser.openFilter("全部可见任务");
      browser.screenshot("10-applicant1-sees-nothing-of-applicant2");
      assertThat(browser.pageShows(number)).isFalse();
      assertThat(browser.pageShows(second)).isFalse();
    }
  }

  /**
   * Numbers and dates as a Chinese user types them are stored as typed: separators of thousands
   * read, dates typed YYYY-MM-DD kept (form-js's own number and date fields once stored 3,500,000
   * as 3.50 and 2024-04-22 as 2027-08-04), and what cannot be read is refused in Chinese.
   */
  @Test
  void numbersAndDatesAreStoredAsTyped() {
    try (Browser browser = new Browser("http://localhost:" + port)) {
      browser.logIn("tasklist", "applicant3");
      browser.startProcess("境外展会补助");
      String number = newestApplicationOf("applicant3").getBusinessKey();
      browser.openFilter("我的待办");
      browser.openTask("填报申请", number);
      browser.type("展会名称", "中东（迪拜）国际五金展");
      browser.search("举办国家（地区）", "阿拉伯", "阿拉伯联合酋长国");
      // closed before the demo's business date 2024-04-15
      browser.type("展会开幕日期", "2024-04-02");
      browser.type("展会闭幕日期", "2024-04-05");
      assertThat(browser.fieldHasButton("展会开幕日期", "选择日期")).as("a calendar beside the date").isTrue();
      browser.check("境外线下展会");
      browser.type("展位数（个）", "2");
      browser.check("有自营出口业绩");
      browser.type("2023年度出口额（美元）", "3,50,000");
      browser.awaitText("格式不正确，请按说明填写");
      browser.screenshot("11-number-typed-wrong-refused-in-chinese");
      browser.type("2023年度出口额（美元）", "3,500,000");
      browser.type("出境日期", "2024-03-31");
      browser.type("向区商务部门报备日期", "2024-03-25");
      browser.type("第一位人员往返经济舱机票（元）", "8 600");
      browser.type("第二位人员往返经济舱机票（元）", "7400.50");
      browser.screenshot("12-numbers-and-dates-as-typed");
      Path invoice = sample("展位费发票.pdf", ApplicationDriver.SAMPLE_PDF);
      browser.uploadDocument("展位合同或展位费发票", invoice);
      browser.uploadDocument("往返机票或行程单（含登机牌）", sample("登机牌.pdf", ApplicationDriver.SAMPLE_PDF));
      browser.uploadDocument("向区商务部门报备的回执", sample("报备回执.pdf", ApplicationDriver.SAMPLE_PDF));
      browser.screenshot("12b-documents-uploaded");
      browser.complete();
      awaitStep(number, "townshipVerification");

      String filing = applications.findById(number).orElseThrow().getFilingJson();
      assertThat(filing).contains("\"exports2023Usd\":3500000.00", "\"exhibitionStartDate\":\"2024-04-02\"",
          "\"exhibitionEndDate\":\"2024-04-05\"", "\"exhibitionCountry\":\"AE\"", "\"departureDate\":\"2024-03-31\"",
          "\"airfare1\":8600.00", "\"airfare2\":7400.50");
    }
  }

  /** An official claims the review task from 本组待办 and decides it; a screenshot before deciding if named. */
  private static void review(Browser browser, String user, String taskName, String number, String decision,
      String screenshot) {
    browser.logIn("tasklist", user);
    browser.openFilter("本组待办");
    browser.openTask(taskName, number);
    browser.claim();
    if (screenshot != null) {
      browser.screenshot(screenshot);
    }
    browser.choose(decision);
    browser.complete();
  }

  private static void fillFiling(Browser browser, String thirdDay) {
    browser.type("项目编号", PROJECT);
    browser.type("项目名称", "泉州湾跨海大桥南岸引线工程");
    browser.select("项目级别", "省级重点项目");
    for (int day = 10; day <= 17; day++) {
      browser.type("2月" + day + "日", day == 12 ? thirdDay : "60");
    }
  }

  private ProcessInstance newestApplicationOf(String user) {
    return runtime.createProcessInstanceQuery().variableValueEquals("applicantUserId", user).list().stream()
        .max((a, b) -> a.getBusinessKey().compareTo(b.getBusinessKey())).orElseThrow();
  }

  private void awaitStep(String number, String taskKey) {
    awaitTrue(() -> runtime.createExecutionQuery().processInstanceBusinessKey(number).activityId(taskKey).count() > 0,
        number + " at " + taskKey);
  }

  private void awaitAward(String number) {
    awaitTrue(() -> awards.findByBusinessKey(number).isPresent(), "award of " + number);
    assertThat(awards.findByBusinessKey(number).orElseThrow().getAmount()).isEqualByComparingTo("30000.00");
  }

  private static void awaitTrue(java.util.function.BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Browser.pause(300);
    }
  }

  /** A file to upload, written to a temporary folder under its Chinese name. */
  static Path sample(String name, byte[] content) {
    try {
      Path folder = Files.createTempDirectory("e2e-documents");
      return Files.write(folder.resolve(name), content);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
