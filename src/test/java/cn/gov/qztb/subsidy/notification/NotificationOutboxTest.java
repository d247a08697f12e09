package cn.gov.qztb.subsidy.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.qztb.subsidy.engine.EngineUsers;
import cn.gov.qztb.subsidy.identity.IdentitySeeder;
import cn.gov.qztb.subsidy.reference.Enterprise;
import cn.gov.qztb.subsidy.support.ProcessTest;
import cn.gov.qztb.subsidy.support.Race;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox: messages written in the caller's transaction, sent once by e-mail (to GreenMail, an
 * SMTP server in the test) and SMS (the log), tried again after a failure, never sent twice by
 * racing dispatchers.
 */
@ProcessTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=" + NotificationOutboxTest.SMTP_PORT,
    "camunda.bpm.process-engine-name=notify"})
class NotificationOutboxTest {

  static final int SMTP_PORT = 3925;
  /** 福建东园建设工程有限公司（演示）: applicant2 (e-mail and mobile in the demo seeds). */
  static final String DONGYUAN_CONSTRUCTION = "91350521MAWPDQNQ93";
  static final String SUBJECT = "【惠企政策兑现】春节不停工奖励申请已批准（NSC-2024-000017）";
  static final String BODY = "黄志强您好：\n您企业申请的春节不停工奖励（申请编号 NSC-2024-000017）已经区科技经济发展局审批通过，"
      + "核定金额 30,000.00 元。\n" + "奖补资金将在公示期满无异议后拨付至贵企业登记的收款账户。".repeat(12)
      + "\n泉州台商投资区惠企政策兑现系统";

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @Autowired Notifications notifications;
  @Autowired NotificationDispatcher dispatcher;
  @Autowired Contacts contacts;
  @Autowired IdentitySeeder identity;
  @Autowired EngineUsers engineUsers;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;

  @BeforeEach
  void emptyOutbox() {
    jdbc.update("delete from notification_outbox");
  }

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  @Test
  void toEnterpriseWritesARowPerStaffAndChannelAndDispatchSendsEachOnce(CapturedOutput output) throws Exception {
    staff("applicant2c", "chen.dongyuan@example.com", null);
    staff("applicant2d", null, null);

    int written = transaction.execute(status ->
        notifications.toEnterprise(DONGYUAN_CONSTRUCTION, "APPROVED", "NSC-2024-000017", SUBJECT, BODY));

    assertThat(written).isEqualTo(3);
    assertThat(jdbc.queryForList("select recipient, channel, address, kind, business_key, subject, status, attempts"
        + " from notification_outbox order by recipient, channel").stream().map(NotificationOutboxTest::upper).toList())
        .containsExactly(
            Map.of("RECIPIENT", "applicant2", "CHANNEL", "EMAIL", "ADDRESS", "applicant2@example.com", "KIND", "APPROVED",
                "BUSINESS_KEY", "NSC-2024-000017", "SUBJECT", SUBJECT, "STATUS", "PENDING", "ATTEMPTS", 0),
            Map.of("RECIPIENT", "applicant2", "CHANNEL", "SMS", "ADDRESS", "13812345678", "KIND", "APPROVED",
                "BUSINESS_KEY", "NSC-2024-000017", "SUBJECT", SUBJECT, "STATUS", "PENDING", "ATTEMPTS", 0),
            Map.of("RECIPIENT", "applicant2c", "CHANNEL", "EMAIL", "ADDRESS", "chen.dongyuan@example.com", "KIND", "APPROVED",
                "BUSINESS_KEY", "NSC-2024-000017", "SUBJECT", SUBJECT, "STATUS", "PENDING", "ATTEMPTS", 0));
    String sms = jdbc.queryForObject("select body from notification_outbox where channel = 'SMS'", String.class);
    assertThat(sms.codePointCount(0, sms.length())).isEqualTo(Notifications.SMS_LENGTH);
    assertThat(sms).isEqualTo(BODY.substring(0, Notifications.SMS_LENGTH - 1) + "…");
    assertThat(smtp.getReceivedMessages()).as("nothing is sent before dispatch").isEmpty();

    assertThat(dispatcher.dispatchDue()).isEqualTo(3);

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(2);
    MimeMessage toApplicant2 = Arrays.stream(received)
        .filter(m -> recipients(m).equals(List.of("applicant2@example.com"))).findFirst().orElseThrow();
    assertThat(toApplicant2.getSubject()).isEqualTo(SUBJECT);
    assertThat(toApplicant2.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("charset=UTF-8");
    assertThat(((String) toApplicant2.getContent()).replace("\r\n", "\n")).isEqualTo(BODY);
    assertThat(((InternetAddress) toApplicant2.getFrom()[0]).getAddress()).isEqualTo("noreply@qztb.example.gov.cn");
    assertThat(Arrays.stream(received).map(NotificationOutboxTest::recipients).toList())
        .containsExactlyInAnyOrder(List.of("applicant2@example.com"), List.of("chen.dongyuan@example.com"));
    assertThat(output.getOut()).contains("短信 138****5678：" + sms.substring(0, 20)).doesNotContain("13812345678");
    assertThat(jdbc.queryForList("select status from notification_outbox", String.class)).containsOnly("SENT");
    assertThat(jdbc.queryForObject("select count(*) from notification_outbox where sent_at is null or last_error is not null",
        Integer.class)).isZero();

    assertThat(dispatcher.dispatchDue()).as("dispatched again").isZero();
    assertThat(smtp.getReceivedMessages()).hasSize(2);
  }

  @Test
  void theStaffAreFoundWhoeverCallsAndWhateverTheyMayRead() {
    List<String> colleagues = engineUsers.as("applicant1b", List.of(Enterprise.groupIdOf("91350521MAF5PJ9637")), List.of(),
        () -> notifications.staffOf("91350521MAF5PJ9637"));

    assertThat(colleagues).containsExactly("applicant1", "applicant1b");
    assertThat(notifications.staffOf("91350521MAF5PJ9637")).containsExactly("applicant1", "applicant1b");
  }

  @Test
  void aStepThatRollsBackLeavesNoMessageAndOneThatCommitsKeepsThem() {
    transaction.executeWithoutResult(status -> {
      notifications.toUsers(List.of("applicant1"), "APPROVED", "ROLLED-BACK", "已批准", "已批准");
      status.setRollbackOnly();
    });
    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
      notifications.toEnterprise("91350521MAF5PJ9637", "APPROVED", "ROLLED-BACK", "已批准", "已批准");
      throw new IllegalStateException("the step failed after writing its message");
    })).hasMessageContaining("the step failed");
    assertThat(jdbc.queryForObject("select count(*) from notification_outbox", Integer.class)).isZero();

    transaction.executeWithoutResult(status ->
        notifications.toUsers(List.of("applicant1", "applicant1", "keji"), "APPROVED", "COMMITTED", "已批准", "已批准"));

    assertThat(jdbc.queryForList("select recipient || ' ' || channel from notification_outbox where business_key = 'COMMITTED'"
        + " order by channel", String.class)).as("once per user and channel; keji has no contact")
        .containsExactly("applicant1 EMAIL", "applicant1 SMS");
    assertThat(dispatcher.dispatchDue()).isEqualTo(2);
  }

  @Test
  void whileTheMailServerIsDownTheMessageWaitsWithBackoffAndIsSentOnceWhenItIsBack() throws Exception {
    staff("applicant2c", "chen.dongyuan@example.com", null);
    Instant start = Instant.parse("2024-04-15T01:00:00Z");
    setClock(start);
    smtp.stop();
    transaction.execute(status -> notifications.toUsers(List.of("applicant2c"), "APPROVED", "NSC-2024-000018", SUBJECT, BODY));

    assertThat(dispatcher.dispatchDue()).isZero();
    assertThat(outboxRow()).containsEntry("STATUS", "PENDING").containsEntry("ATTEMPTS", 1);
    assertThat((String) outboxRow().get("LAST_ERROR")).isNotBlank().hasSizeLessThanOrEqualTo(1000).contains("Mail");
    assertThat(nextAttempt()).isEqualTo(start.plus(Duration.ofMinutes(1)));

    setClock(start.plusSeconds(59));
    assertThat(dispatcher.dispatchDue()).as("not due yet").isZero();
    assertThat(outboxRow()).containsEntry("ATTEMPTS", 1);

    setClock(start.plus(Duration.ofMinutes(1)));
    assertThat(dispatcher.dispatchDue()).as("due, the server still down").isZero();
    assertThat(outboxRow()).containsEntry("STATUS", "PENDING").containsEntry("ATTEMPTS", 2);
    assertThat(nextAttempt()).as("the wait doubles").isEqualTo(start.plus(Duration.ofMinutes(3)));

    smtp.start();
    setClock(start.plus(Duration.ofMinutes(2)));
    assertThat(dispatcher.dispatchDue()).as("the server is back, the row not yet due").isZero();
    assertThat(smtp.getReceivedMessages()).isEmpty();

    setClock(start.plus(Duration.ofMinutes(3)));
    assertThat(dispatcher.dispatchDue()).isEqualTo(1);
    assertThat(dispatcher.dispatchDue()).isZero();
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo(SUBJECT);
    assertThat(outboxRow()).containsEntry("STATUS", "SENT").containsEntry("ATTEMPTS", 2).containsEntry("LAST_ERROR", null);
  }

  @Test
  void twoDispatchersRacingSendEachRowOnce() throws Exception {
    staff("applicant2c", "chen.dongyuan@example.com", null);
    int count = 40;
    transaction.executeWithoutResult(status -> IntStream.range(0, count).forEach(i ->
        notifications.toUsers(List.of("applicant2c"), "RACE", "RACE-" + i, "通知" + i, "第" + i + "条通知")));
    AtomicIntegerArray sent = new AtomicIntegerArray(2);

    List<Throwable> outcomes = Race.run(() -> sent.set(0, dispatcher.dispatchDue()), () -> sent.set(1, dispatcher.dispatchDue()));

    assertThat(outcomes).containsOnlyNulls();
    assertThat(sent.get(0) + sent.get(1)).isEqualTo(count);
    System.out.println("Racing dispatchers sent " + sent.get(0) + " and " + sent.get(1) + " of " + count);
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(count);
    assertThat(Arrays.stream(received).map(NotificationOutboxTest::subject).distinct().count()).isEqualTo(count);
    assertThat(jdbc.queryForList("select status from notification_outbox", String.class)).hasSize(count).containsOnly("SENT");
  }

  @Test
  void aRowLeftSendingByAStoppedNodeIsSentAgainAfterTenMinutes() {
    staff("applicant2c", "chen.dongyuan@example.com", null);
    Instant now = Instant.parse("2024-04-15T02:00:00Z");
    setClock(now);
    transaction.executeWithoutResult(status -> {
      notifications.toUsers(List.of("applicant2c"), "STALE", "STALE", "中断的通知", "节点停止时正在发送");
      notifications.toUsers(List.of("applicant2c"), "STALE", "BUSY", "正在发送的通知", "另一节点正在发送");
    });
    jdbc.update("update notification_outbox set status = 'SENDING', claimed_at = ? where business_key = 'STALE'",
        Timestamp.from(now.minus(Duration.ofMinutes(11))));
    jdbc.update("update notification_outbox set status = 'SENDING', claimed_at = ? where business_key = 'BUSY'",
        Timestamp.from(now.minus(Duration.ofMinutes(5))));

    assertThat(dispatcher.dispatchDue()).isEqualTo(1);

    assertThat(smtp.getReceivedMessages()).extracting(NotificationOutboxTest::subject).containsExactly("中断的通知");
    assertThat(jdbc.queryForList("select business_key || ' ' || status || ' ' || attempts from notification_outbox"
        + " order by business_key", String.class)).containsExactly("BUSY SENDING 0", "STALE SENT 1");
  }

  @Test
  void theWaitDoublesFromOneMinuteUpToAnHour() {
    assertThat(IntStream.rangeClosed(1, 9).mapToObj(n -> NotificationDispatcher.backoff(n).toMinutes()).toList())
        .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
    assertThat(NotificationDispatcher.backoff(1_000).toMinutes()).isEqualTo(60);
  }

  /** A user of 东园建设 (the demo's applicant2's enterprise) with the given contact, if they have none yet. */
  private void staff(String userId, String email, String mobile) {
    transaction.executeWithoutResult(status -> {
      identity.ensureUser(userId, "测试经办人", "demo", List.of(Enterprise.groupIdOf(DONGYUAN_CONSTRUCTION)));
      contacts.addIfAbsent(userId, email, mobile, "test");
    });
  }

  private Map<String, Object> outboxRow() {
    return upper(jdbc.queryForMap("select status, attempts, last_error from notification_outbox"));
  }

  private Instant nextAttempt() {
    return jdbc.queryForObject("select next_attempt_at from notification_outbox", Timestamp.class).toInstant();
  }

  private static void setClock(Instant now) {
    ClockUtil.setCurrentTime(Date.from(now));
  }

  private static Map<String, Object> upper(Map<String, Object> row) {
    Map<String, Object> upper = new java.util.HashMap<>();
    row.forEach((key, value) -> upper.put(key.toUpperCase(), value));
    return upper;
  }

  private static List<String> recipients(MimeMessage message) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(a -> ((InternetAddress) a).getAddress()).toList();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
