package cn.gov.qztb.subsidy.payment;

import static cn.gov.qztb.subsidy.support.Filings.bureau;
import static cn.gov.qztb.subsidy.support.Filings.noStopConstruction;
import static cn.gov.qztb.subsidy.support.Filings.township;
import static cn.gov.qztb.subsidy.support.Filings.uniqueProjectCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.ledger.Award;
import cn.gov.qztb.subsidy.ledger.AwardRepository;
import cn.gov.qztb.subsidy.ledger.AwardStatus;
import cn.gov.qztb.subsidy.ledger.AwardStatuses;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.Http;
import cn.gov.qztb.subsidy.support.ProcessTest;
import cn.gov.qztb.subsidy.support.Race;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * 拨付: a paying unit's batch of publicized awards, compiled by one user and approved by another,
 * its payment file with the account as at approval, and the bank's return recorded whole or not
 * at all. Shares the 公示 tests' database: other tests' publicized awards are excluded by number.
 */
@ProcessTest
@TestPropertySource(properties = "camunda.bpm.process-engine-name=publicity")
class PaymentTest {

  static final String DONGYUAN = "91350521MAWPDQNQ93";

  @LocalServerPort int port;
  @Autowired ApplicationDriver driver;
  @Autowired AwardRepository awards;
  @Autowired AwardStatuses statuses;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired PaymentFile files;
  @Autowired PaymentBatches batches;
  @Autowired JdbcTemplate jdbc;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  private Award approved() {
    ProcessInstance instance = driver.start("noStopConstructionBonus", "applicant2");
    driver.complete(instance, "filing", "applicant2", noStopConstruction(uniqueProjectCode()));
    driver.complete(instance, "townshipVerification", "dongyuan", township("APPROVE", null));
    driver.complete(instance, "bureauApproval", "keji", bureau("APPROVE", null));
    driver.runJobs(instance);
    return awards.findByBusinessKey(instance.getBusinessKey()).orElseThrow();
  }

  /** Approved and through a 公示 list of 区科技经济发展局 that has ended. */
  private List<Award> publicized(int count) {
    List<Award> approved = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      approved.add(approved());
    }
    String number = http.basic("keji", "POST", "/api/publicity", null).json().path("number").asText();
    ProcessInstance list = instance("awardPublicity", number);
    driver.complete(list, "compilePublicity", "keji", Map.of("publicityDecision", "PUBLISH"));
    management.executeJob(management.createJobQuery().processInstanceId(list.getId()).timers().singleResult().getId());
    driver.runJobs(list);
    approved.forEach(award -> assertThat(statuses.of(award.getId())).isEqualTo(AwardStatus.PUBLICIZED));
    return approved;
  }

  private ProcessInstance instance(String key, String number) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(key).processInstanceBusinessKey(number).singleResult();
  }

  private String startBatch(String user) {
    Http.Response started = http.basic(user, "POST", "/api/payment-batches", null);
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json().path("number").asText();
  }

  /** The payable numbers shown in the batch's draft. */
  private List<String> draftNumbers(ProcessInstance batch) {
    String draft = (String) driver.variables(batch).get("batchDraft");
    return Arrays.stream(draft.split("\n")).filter(line -> !line.startsWith("暂不能列入") && !line.startsWith("（")
        && !line.startsWith("……")).map(line -> line.substring(0, line.indexOf('　'))).toList();
  }

  /** Submits the batch with exactly these awards: every other payable one is excluded. */
  private void submitOnly(ProcessInstance batch, String user, List<Award> only) {
    Set<String> wanted = Set.copyOf(only.stream().map(Award::getBusinessKey).toList());
    String excluded = String.join(",", batches.candidates("caijin").stream().filter(PaymentCandidate::hasAccount)
        .map(PaymentCandidate::applicationNumber).filter(n -> !wanted.contains(n)).toList());
    driver.complete(batch, "compileDisbursement", user, Map.of("batchDecision", "SUBMIT", "excludedNumbers", excluded));
  }

  private void setAccount(String bank, String number) {
    Http.Response set = http.basic("applicant2", "PUT", "/api/bank-account", Map.of("bankName", bank, "accountNumber", number));
    assertThat(set.status()).as(set.body()).isEqualTo(200);
  }

  private int lineOf(long batchId, Award award) {
    return jdbc.queryForObject("select line_no from payment_line where batch_id = ? and award_id = ?", Integer.class,
        batchId, award.getId());
  }

  @Test
  void oneUserCompilesAnotherApprovesTheFileTakesTheAccountAtApprovalAndTheBankReturnIsRecorded() throws Exception {
    List<Award> mine = publicized(3);
    Award a = mine.get(0);
    Award b = mine.get(1);
    Award c = mine.get(2);
    setAccount("中国工商银行泉州台商投资区支行", "1408012300000000001");

    for (String user : new String[] {"keji", "applicant2", "dongyuan", "gongdian", "zhifa", "admin"}) {
      assertThat(http.basic(user, "POST", "/api/payment-batches", null).status()).as(user).isEqualTo(403);
    }
    // 区民生保障局 pays clause 31 from 就业补助资金: its batches are its own
    String minsheng = startBatch("minsheng");
    ProcessInstance ofMinsheng = instance("awardDisbursement", minsheng);
    assertThat(tasks.getIdentityLinksForTask(driver.task(ofMinsheng, "compileDisbursement").getId()))
        .extracting(link -> link.getGroupId()).containsExactly("unitMinsheng");
    assertThat(draftNumbers(ofMinsheng)).doesNotContain(a.getBusinessKey());
    assertThat(http.basic("caijin", "GET", "/api/payment-batches/" + minsheng, null).status()).isEqualTo(403);
    driver.complete(ofMinsheng, "compileDisbursement", "minsheng2", Map.of("batchDecision", "CANCEL"));

    String number = startBatch("caijin");
    ProcessInstance batch = instance("awardDisbursement", number);
    long id = PaymentBatches.idOf(number);
    assertThat(tasks.getIdentityLinksForTask(driver.task(batch, "compileDisbursement").getId()))
        .extracting(link -> link.getGroupId()).containsExactly("unitCaijin");
    assertThat(draftNumbers(batch)).contains(a.getBusinessKey(), b.getBusinessKey(), c.getBusinessKey());
    assertThat((String) driver.variables(batch).get("batchDraft")).contains("第18条 春节不停工奖励", "30,000.00 元");

    assertThatThrownBy(() -> driver.complete(batch, "compileDisbursement", "keji", Map.of("batchDecision", "SUBMIT")))
        .isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> driver.complete(batch, "compileDisbursement", "caijin",
        Map.of("batchDecision", "SUBMIT", "excludedNumbers", "NSC-2024-999999")))
        .isInstanceOf(Refusal.class).hasMessageContaining("NSC-2024-999999不是本单位可拨付的奖补");
    submitOnly(batch, "caijin", List.of(a, b));
    assertThat(jdbc.queryForObject("select count(*) from payment_line where batch_id = ?", Integer.class, id)).isEqualTo(2);

    // a second batch meanwhile sees c only: a and b are on an open line
    String other = startBatch("caijin2");
    ProcessInstance otherBatch = instance("awardDisbursement", other);
    assertThat(draftNumbers(otherBatch)).contains(c.getBusinessKey()).doesNotContain(a.getBusinessKey(), b.getBusinessKey());
    driver.complete(otherBatch, "compileDisbursement", "caijin2", Map.of("batchDecision", "CANCEL"));
    assertThat(driver.isRunning(otherBatch)).isFalse();

    // four eyes: the compiler may not approve; another unit may not either; a return needs a reason
    assertThatThrownBy(() -> driver.complete(batch, "reviewDisbursement", "caijin", Map.of("reviewDecision", "APPROVE")))
        .isInstanceOf(Refusal.class).hasMessageContaining("双人复核");
    assertThatThrownBy(() -> driver.complete(batch, "reviewDisbursement", "minsheng", Map.of("reviewDecision", "APPROVE")))
        .isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> driver.complete(batch, "reviewDisbursement", "caijin2", Map.of("reviewDecision", "RETURN")))
        .isInstanceOf(Refusal.class).hasMessageContaining("审核意见");
    assertThat(statuses.of(a.getId())).isEqualTo(AwardStatus.PUBLICIZED);
    driver.complete(batch, "reviewDisbursement", "caijin2", Map.of("reviewDecision", "RETURN", "reviewComment", "请核对金额"));
    assertThat(jdbc.queryForObject("select count(*) from payment_line where batch_id = ?", Integer.class, id)).isZero();

    // compiled again by caijin2, so caijin approves; the account changes before approval, and after it
    submitOnly(batch, "caijin2", List.of(a, b, c));
    setAccount("中国农业银行泉州台商投资区支行", "6228480000000000002");
    driver.complete(batch, "reviewDisbursement", "caijin", Map.of("reviewDecision", "APPROVE"));
    setAccount("中国建设银行泉州分行", "3505010000000000003");
    mine.forEach(award -> assertThat(statuses.of(award.getId())).isEqualTo(AwardStatus.ORDERED));

    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    files.xlsx(id, xlsx);
    List<List<String>> rows = new ArrayList<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
      for (Row row : workbook.getFirstSheet().read()) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          cells.add(row.getOptionalCell(i).map(Cell::getText).orElse(""));
        }
        rows.add(cells);
      }
    }
    assertThat(rows.get(0)).containsExactly(PaymentFile.HEADERS);
    assertThat(rows).hasSize(5);
    List<String> lineOfA = rows.get(lineOf(id, a));
    assertThat(lineOfA).containsExactly(String.valueOf(lineOf(id, a)), "福建东园建设工程有限公司（演示）", DONGYUAN,
        "中国农业银行泉州台商投资区支行", "6228480000000000002", "30000.00", "泉台管办发明电〔2024〕3号第18条春节不停工奖励，申请编号"
            + a.getBusinessKey(), number);
    assertThat(rows.get(4).subList(0, 2)).containsExactly("合计", "共3笔");
    assertThat(rows.get(4).get(5)).isEqualTo("90000.00");

    Http.Response csv = http.basic("caijin", "GET", "/api/payment-batches/" + number + "/payment-file.csv", null);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body()).contains("序号,收款单位,统一社会信用代码,开户银行,银行账号,金额（元）,用途,批次号",
        "6228480000000000002,30000.00", "合计,共3笔,,,,90000.00,," + number).doesNotContain("3505010000000000003");
    for (String user : new String[] {"keji", "minsheng", "applicant2", "admin", "dongyuan"}) {
      assertThat(http.basic(user, "GET", "/api/payment-batches/" + number + "/payment-file.csv", null).status())
          .as(user).isEqualTo(403);
      assertThat(http.basic(user, "GET", "/api/payment-batches/" + number + "/payment-file.xlsx", null).status())
          .as(user).isEqualTo(403);
    }
    assertThat(http.basic(null, "GET", "/api/payment-batches/" + number + "/payment-file.csv", null).status()).isEqualTo(401);
    JsonNode shown = http.basic("admin", "GET", "/api/payment-batches/" + number, null).json();
    assertThat(shown.path("lines").toString()).contains("***************0002").doesNotContain("6228480000000000002");
    assertThat(http.basic("minsheng", "GET", "/api/payment-batches/" + number, null).status()).isEqualTo(403);

    // a return that does not match the batch is refused whole, naming its lines
    int la = lineOf(id, a);
    int lb = lineOf(id, b);
    int lc = lineOf(id, c);
    String bad = "批次号,序号,结果,银行流水号,失败原因,金额（元）\n" + number + "," + la + ",成功,BK001,,30000.00\n"
        + number + ",99,成功,BK002,,30000.00\n" + number + "," + lb + ",成功,BK003,,29999.99\nBF-999999," + lc + ",成功,BK004,,\n";
    Http.Response refused = http.upload("caijin", "/api/payment-batches/" + number + "/bank-return", "回单.csv",
        bad.getBytes(StandardCharsets.UTF_8));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("第3行：序号“99”不在本批次中", "第4行：金额29999.99与本批次序号" + lb + "的金额30,000.00 元不符",
        "第5行：批次号“BF-999999”不是本批次" + number).doesNotContain("第2行");
    mine.forEach(award -> assertThat(statuses.of(award.getId())).isEqualTo(AwardStatus.ORDERED));
    assertThat(http.upload("keji", "/api/payment-batches/" + number + "/bank-return", "回单.csv",
        bad.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);

    // a paid, b failed by the file; the same file twice at once records once
    String good = "批次号,序号,结果,银行流水号,失败原因\n" + number + "," + la + ",成功,BK20240501001,\n"
        + number + "," + lb + ",失败,,户名与账号不符\n";
    List<Throwable> outcomes = Race.run(
        () -> assertThat(http.upload("caijin", "/api/payment-batches/" + number + "/bank-return", "回单.csv",
            good.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200),
        () -> assertThat(http.upload("caijin2", "/api/payment-batches/" + number + "/bank-return", "回单.csv",
            good.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200));
    assertThat(outcomes.stream().filter(Objects::isNull)).hasSize(1);
    assertThat(statuses.of(a.getId())).isEqualTo(AwardStatus.PAID);
    assertThat(statuses.of(b.getId())).isEqualTo(AwardStatus.PAYMENT_FAILED);
    assertThat(jdbc.queryForObject("select count(*) from award_status_event where award_id = ? and to_status = 'PAID'",
        Integer.class, a.getId())).isEqualTo(1);
    Map<String, Object> paidLine = jdbc.queryForMap("select bank_reference, paid_on from payment_line where batch_id = ?"
        + " and line_no = ?", id, la);
    assertThat(paidLine.get("bank_reference")).isEqualTo("BK20240501001");
    assertThat(paidLine.get("paid_on")).isNotNull();
    assertThat(driver.isRunning(batch)).isTrue();
    assertThat(jdbc.queryForList("select action from application_event where business_key = ? and step = 'PAYMENT'"
        + " order by id", String.class, a.getBusinessKey())).containsExactly("PAYMENT_ORDERED", "PAID");
    assertThat(jdbc.queryForList("select comment from application_event where business_key = ? and action = ?",
        String.class, b.getBusinessKey(), "PAYMENT_FAILED")).containsExactly("拨付失败：户名与账号不符。请核对收款账户");
    // the enterprise is told: on the list, paid, or failed (the outbox, sent by the dispatcher)
    assertThat(jdbc.queryForList("select distinct kind from notification_outbox where business_key = ? order by kind",
        String.class, a.getBusinessKey())).containsExactly("AWARDED", "PAID", "PUBLICIZED");
    assertThat(jdbc.queryForList("select subject from notification_outbox where business_key = ? and kind = ?"
        + " and channel = 'EMAIL'", String.class, b.getBusinessKey(), "PAYMENT_FAILED"))
        .containsExactly("奖补" + b.getBusinessKey() + "拨付失败，请核对收款账户");

    // the last line typed in the task; the batch is then complete
    assertThatThrownBy(() -> driver.complete(batch, "recordBankReturn", "caijin", Map.of("bankResults", la + ",成功,BK9")))
        .isInstanceOf(Refusal.class).hasMessageContaining("已登记为“已到账”");
    driver.complete(batch, "recordBankReturn", "caijin", Map.of("bankResults", lc + ",成功,BK20240501002"));
    assertThat(statuses.of(c.getId())).isEqualTo(AwardStatus.PAID);
    assertThat(driver.isRunning(batch)).isFalse();
    assertThat(jdbc.queryForObject("select status from payment_batch where id = ?", String.class, id)).isEqualTo("COMPLETED");

    // b waits for its enterprise to check the account, then goes into a later batch
    String later = startBatch("caijin");
    assertThat(draftNumbers(instance("awardDisbursement", later))).doesNotContain(b.getBusinessKey());
    driver.complete(instance("awardDisbursement", later), "compileDisbursement", "caijin", Map.of("batchDecision", "CANCEL"));
    ProcessInstance check = instance("bankAccountCheck", b.getBusinessKey());
    assertThat(tasks.getIdentityLinksForTask(driver.task(check, "checkBankAccount").getId()))
        .extracting(link -> link.getGroupId()).containsExactly("enterprise" + DONGYUAN);
    assertThat(driver.variables(check)).containsEntry("failureReason", "户名与账号不符");
    assertThatThrownBy(() -> driver.complete(check, "checkBankAccount", "applicant1",
        Map.of("bankName", "中国银行泉州分行", "accountNumber", "4101000000000004"))).isInstanceOf(RuntimeException.class);
    driver.complete(check, "checkBankAccount", "applicant2", Map.of("bankName", "中国银行泉州分行", "accountNumber", "4101000000000004"));
    String again = startBatch("caijin2");
    ProcessInstance againBatch = instance("awardDisbursement", again);
    assertThat(draftNumbers(againBatch)).contains(b.getBusinessKey());
    assertThat((String) driver.variables(againBatch).get("batchDraft")).contains("前次拨付失败");
    driver.complete(againBatch, "compileDisbursement", "caijin2", Map.of("batchDecision", "CANCEL"));
  }

  @Test
  void guessedNumbersForgedVariablesAndFilesBeforeApprovalAreRefused() throws Exception {
    Award award = publicized(1).get(0);
    setAccount("中国工商银行泉州台商投资区支行", "1408012300000000009");
    String number = startBatch("caijin");
    ProcessInstance batch = instance("awardDisbursement", number);

    for (String guess : new String[] {"BF-999999", "BF-1", "../awards", "BF-000001%27"}) {
      assertThat(http.basic("caijin", "GET", "/api/payment-batches/" + guess, null).status()).as(guess).isIn(400, 404);
    }
    assertThat(http.basic("caijin", "GET", "/api/payment-batches/" + number + "/payment-file.csv", null).status())
        .isEqualTo(409);
    assertThat(http.upload("caijin", "/api/payment-batches/" + number + "/bank-return", "回单.csv",
        ("批次号,序号,结果,银行流水号,失败原因\n" + number + ",1,成功,BK1,\n").getBytes(StandardCharsets.UTF_8)).status())
        .isEqualTo(409);

    // a compiler forging who compiled or approved, over the engine's REST API: only the form's fields pass
    String compileTask = driver.task(batch, "compileDisbursement").getId();
    Http.Response forged = http.basic("caijin", "POST", "/engine-rest/engine/publicity/task/" + compileTask + "/complete",
        Map.of("variables", Http.variables(Map.of("batchDecision", "SUBMIT", "compiledBy", "caijin2"))));
    assertThat(forged.status()).isEqualTo(400);
    submitOnly(batch, "caijin", List.of(award));
    String reviewTask = driver.task(batch, "reviewDisbursement").getId();
    Http.Response selfApproval = http.basic("caijin", "POST", "/engine-rest/engine/publicity/task/" + reviewTask + "/complete",
        Map.of("variables", Http.variables(Map.of("reviewDecision", "APPROVE"))));
    assertThat(selfApproval.status()).isIn(400, 403, 500);
    assertThat(selfApproval.body()).contains("双人复核");
    assertThat(statuses.of(award.getId())).isEqualTo(AwardStatus.PUBLICIZED);
    driver.complete(batch, "reviewDisbursement", "caijin2", Map.of("reviewDecision", "APPROVE"));

    // return files that are no return file: refused with a message, nothing recorded
    String path = "/api/payment-batches/" + number + "/bank-return";
    Http.Response pdf = http.upload("caijin", path, "回单.pdf", "%PDF-1.4 not a table".getBytes(StandardCharsets.UTF_8));
    assertThat(pdf.status()).isEqualTo(400);
    assertThat(pdf.body()).contains("缺少列「批次号」");
    Http.Response empty = http.upload("caijin", path, "回单.csv", "批次号,序号,结果,银行流水号,失败原因\n".getBytes(StandardCharsets.UTF_8));
    assertThat(empty.status()).isEqualTo(400);
    Http.Response noReason = http.upload("caijin", path, "回单.csv",
        ("批次号,序号,结果,银行流水号,失败原因\n" + number + ",1,失败,,\n").getBytes(StandardCharsets.UTF_8));
    assertThat(noReason.body()).contains("第2行：「失败原因」为必填项");
    Http.Response maybe = http.upload("caijin", path, "回单.csv",
        ("批次号,序号,结果,银行流水号,失败原因\n" + number + ",1,已受理,BK1,\n").getBytes(StandardCharsets.UTF_8));
    assertThat(maybe.body()).contains("「结果」应为“成功”或“失败”");
    assertThat(http.upload("minsheng", path, "回单.csv", "x".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
    assertThat(statuses.of(award.getId())).isEqualTo(AwardStatus.ORDERED);

    // an XLSX return, with the amount column
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(xlsx, "test", "1.0");
    org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("回单");
    String[] header = {"批次号", "序号", "结果", "银行流水号", "失败原因", "金额（元）"};
    for (int c = 0; c < header.length; c++) {
      sheet.value(0, c, header[c]);
    }
    sheet.value(1, 0, number);
    sheet.value(1, 1, 1);
    sheet.value(1, 2, "成功");
    sheet.value(1, 3, "BK-XLSX-1");
    sheet.value(1, 5, new java.math.BigDecimal("30000.00"));
    workbook.finish();
    Http.Response imported = http.upload("caijin", path, "回单.xlsx", xlsx.toByteArray());
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(imported.json().path("remaining").asInt()).isZero();
    assertThat(statuses.of(award.getId())).isEqualTo(AwardStatus.PAID);
    assertThat(driver.isRunning(batch)).isFalse();
  }

  @Test
  void noUserStartsABatchOrAnAccountCheckOverTheEngineApi() {
    long before = runtime.createProcessInstanceQuery().count();
    for (String user : new String[] {"caijin", "applicant2", "keji", "admin"}) {
      for (String key : new String[] {"awardDisbursement", "bankAccountCheck"}) {
        Http.Response start = http.basic(user, "POST", "/engine-rest/engine/publicity/process-definition/key/" + key
            + "/start", Map.of());
        assertThat(start.status()).as(user + " starts " + key).isIn(400, 403, 404);
      }
    }
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
  }
}
