package cn.gov.qztb.subsidy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.application.ApplicationRepository;
import cn.gov.qztb.subsidy.ledger.AwardRepository;
import cn.gov.qztb.subsidy.notification.NotificationDispatcher;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the enterprise sees and sends, in a real browser: applicant3 files clause 24 with its
 * documents, follows it on 我的申请 through a return, refiling and approval, downloads the decision
 * letter, and receives the e-mails (read from this test's SMTP server, GreenMail); another
 * enterprise's user gets a 403 for the document's URL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.job-execution.enabled=true", "spring.mail.host=127.0.0.1",
        "spring.mail.port=" + EnterpriseBrowserE2E.SMTP_PORT})
@ActiveProfiles({"demo", "test"})
class EnterpriseBrowserE2E {

  static final int SMTP_PORT = 3926;

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ApplicationRepository applications;
  @Autowired AwardRepository awards;
  @Autowired NotificationDispatcher dispatcher;
  @Autowired JdbcTemplate jdbc;

  @Test
  void anApplicantFilesWithDocumentsFollowsItOnMyApplicationsAndIsToldByEmail() {
    String number;
    try (Browser browser = new Browser("http://localhost:" + port)) {
      browser.logIn("tasklist", "applicant3");
      browser.startProcess("境外展会补助");
      number = newestApplicationOf("applicant3").getBusinessKey();
      browser.openFilter("我的待办");
      browser.openTask("填报申请", number);
      fillExhibition(browser);
      browser.uploadDocument("展位合同或展位费发票", TasklistBrowserE2E.sample("展位合同.pdf", ApplicationDriver.SAMPLE_PDF));
      browser.uploadDocument("往返机票或行程单（含登机牌）", TasklistBrowserE2E.sample("行程单.pdf", ApplicationDriver.SAMPLE_PDF));
      browser.uploadDocument("向区商务部门报备的回执", TasklistBrowserE2E.sample("报备回执.pdf", ApplicationDriver.SAMPLE_PDF));
      browser.screenshot("20-documents-with-the-filing");
      browser.complete();
      awaitStep(number, "townshipVerification");

      browser.go("/my-applications/");
      browser.awaitText(number);
      browser.clickText(number);
      browser.awaitText("办理记录");
      browser.awaitText("提交申请");
      assertThat(browser.text()).contains("已提交", "展位合同.pdf", "撤回申请");
      browser.screenshot("21-my-applications-filed");
      long documentId = jdbc.queryForObject("select min(id) from application_document where business_key = ?",
          Long.class, number);

      browser.logIn("tasklist", "zhangban");
      browser.openFilter("本组待办");
      browser.openTask("乡镇核实", number);
      browser.claim();
      assertThat(browser.fetchStatus("/api/documents/" + documentId)).as("the township reads the document").isEqualTo(200);
      browser.choose("退回修改");
      browser.type("乡镇核实意见", "请补充展位费发票原件扫描件");
      browser.complete();
      awaitStep(number, "filing");

      browser.logIn("tasklist", "applicant3");
      browser.go("/my-applications/");
      browser.awaitText(number);
      browser.clickText(number);
      browser.awaitText("请补充展位费发票原件扫描件");
      assertThat(browser.text()).contains("已退回修改", "去办理：填报申请");
      browser.screenshot("22-my-applications-returned");
      browser.go("/camunda/app/tasklist/");
      browser.openFilter("我的待办");
      browser.openTask("填报申请", number);
      browser.uploadDocument("其他证明材料", TasklistBrowserE2E.sample("发票原件扫描件.pdf", ApplicationDriver.SAMPLE_PDF));
      browser.complete();
      awaitStep(number, "townshipVerification");

      review(browser, "zhangban", "乡镇核实", number, "核实通过");
      awaitStep(number, "bureauApproval");
      review(browser, "keji", "部门审批", number, "批准");
      awaitTrue(() -> awards.findByBusinessKey(number).isPresent(), "award of " + number);

      browser.logIn("tasklist", "applicant3");
      browser.go("/my-applications/");
      browser.awaitText(number);
      browser.clickText(number);
      browser.awaitText("下载决定书（PDF）");
      assertThat(browser.text()).contains("已批准", "已批准待公示", "部门审批 · 登记奖补台账");
      browser.screenshot("23-my-applications-approved");
      assertThat(browser.fetchStatus("/api/my-applications/" + number + "/decision-letter.pdf")).isEqualTo(200);
      assertThat(browser.fetchContentType("/api/my-applications/" + number + "/decision-letter.pdf"))
          .isEqualTo("application/pdf");

      // the page's own changes carry the webapps' CSRF token: the contact is saved, a draft withdrawn
      browser.clickText("通知联系方式（退回、批准、公示、拨付等通知发送至此）");
      browser.type("手机号码", "13912345678");
      browser.clickText("保存");
      browser.awaitText("已保存");
      assertThat(jdbc.queryForObject("select mobile from user_contact where user_id = 'applicant3'", String.class))
          .isEqualTo("13912345678");
      browser.go("/camunda/app/tasklist/");
      browser.startProcess("境外展会补助");
      String draft = newestApplicationOf("applicant3").getBusinessKey();
      browser.go("/my-applications/");
      browser.awaitText(draft);
      browser.clickText(draft);
      browser.type("撤回原因", "展会取消，不再申报");
      browser.clickText("撤回申请");
      browser.awaitText("申请" + draft + "已撤回");
      assertThat(applications.findById(draft).orElseThrow().getStatus().name()).isEqualTo("WITHDRAWN");
      browser.screenshot("24-my-applications-withdrawn");

      browser.logIn("tasklist", "applicant1");
      assertThat(browser.fetchStatus("/api/documents/" + documentId)).as("another enterprise's user").isEqualTo(403);
      browser.go("/my-applications/");
      browser.awaitText("导出XLSX");
      assertThat(browser.text()).doesNotContain(number);
    }

    dispatcher.dispatchDue();
    List<String> subjects = Arrays.stream(smtp.getReceivedMessages()).filter(EnterpriseBrowserE2E::toApplicant3)
        .map(EnterpriseBrowserE2E::subject).toList();
    assertThat(subjects).contains("申请" + number + "已退回修改", "申请" + number + "已批准");
    assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(EnterpriseBrowserE2E::toApplicant3)
        .map(EnterpriseBrowserE2E::text).filter(body -> body.contains("请补充展位费发票原件扫描件"))).isNotEmpty();
  }

  private static boolean toApplicant3(MimeMessage message) {
    try {
      return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equals("applicant3@example.com"));
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(MimeMessage message) {
    try {
      return String.valueOf(message.getContent());
    } catch (jakarta.mail.MessagingException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void fillExhibition(Browser browser) {
    browser.type("展会名称", "中东（迪拜）国际五金展");
    browser.search("举办国家（地区）", "阿拉伯", "阿拉伯联合酋长国");
    browser.type("展会开幕日期", "2024-04-02");
    browser.type("展会闭幕日期", "2024-04-05");
    browser.check("境外线下展会");
    browser.type("展位数（个）", "2");
    browser.check("有自营出口业绩");
    browser.type("2023年度出口额（美元）", "3,500,000");
    browser.type("出境日期", "2024-03-31");
    browser.type("向区商务部门报备日期", "2024-03-25");
    browser.type("第一位人员往返经济舱机票（元）", "8600");
    browser.type("第二位人员往返经济舱机票（元）", "7400.50");
  }

  private static void review(Browser browser, String user, String taskName, String number, String decision) {
    browser.logIn("tasklist", user);
    browser.openFilter("本组待办");
    browser.openTask(taskName, number);
    browser.claim();
    browser.choose(decision);
    browser.complete();
  }

  private ProcessInstance newestApplicationOf(String user) {
    return runtime.createProcessInstanceQuery().variableValueEquals("applicantUserId", user).list().stream()
        .max((a, b) -> a.getBusinessKey().compareTo(b.getBusinessKey())).orElseThrow();
  }

  private void awaitStep(String number, String taskKey) {
    awaitTrue(() -> runtime.createExecutionQuery().processInstanceBusinessKey(number).activityId(taskKey).count() > 0,
        number + " at " + taskKey);
  }

  private static void awaitTrue(BooleanSupplier condition, String what) {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("waited 30 s for " + what);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
