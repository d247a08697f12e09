package cn.gov.qztb.subsidy.tracking;

import static cn.gov.qztb.subsidy.support.Filings.bureau;
import static cn.gov.qztb.subsidy.support.Filings.noStopConstruction;
import static cn.gov.qztb.subsidy.support.Filings.township;
import static cn.gov.qztb.subsidy.support.Filings.uniqueProjectCode;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.access.Viewers;
import cn.gov.qztb.subsidy.cases.CaseQuery;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.Http;
import cn.gov.qztb.subsidy.support.ProcessTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 我的申请: each enterprise its own applications with history and next action; officials their scope; nobody else. */
@ProcessTest
class MyApplicationsTest {

  @LocalServerPort int port;
  @Autowired ApplicationDriver driver;
  @Autowired TaskService tasks;
  @Autowired MyApplications mine;
  @Autowired Viewers viewers;
  @Autowired DecisionLetters letters;
  @Autowired cn.gov.qztb.subsidy.letter.DecisionLetterPdf letterPdf;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  private List<String> numbers(String user, String query) {
    Http.Response response = http.basic(user, "GET", "/api/my-applications?limit=500" + query, null);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    List<String> numbers = new ArrayList<>();
    response.json().forEach(row -> numbers.add(row.path("application").path("applicationNumber").asText()));
    return numbers;
  }

  @Test
  void theEnterpriseFollowsItsApplicationsAndOthersDoNotSeeThem() {
    ProcessInstance filed = driver.start("noStopConstructionBonus", "applicant2");
    driver.complete(filed, "filing", "applicant2", noStopConstruction(uniqueProjectCode()));
    String note = driver.task(filed, "townshipVerification").getId();
    driver.as("dongyuan", () -> tasks.createComment(note, filed.getId(), "内部备注：请先电话核实"));
    ProcessInstance awarded = driver.start("noStopConstructionBonus", "applicant2");
    driver.complete(awarded, "filing", "applicant2", noStopConstruction(uniqueProjectCode()));
    driver.complete(awarded, "townshipVerification", "dongyuan", township("APPROVE", "核实无误"));
    driver.complete(awarded, "bureauApproval", "keji", bureau("APPROVE", null));
    driver.runJobs(awarded);
    ProcessInstance draft = driver.start("noStopConstructionBonus", "applicant2");

    assertThat(numbers("applicant2", "")).contains(filed.getBusinessKey(), awarded.getBusinessKey(), draft.getBusinessKey());
    assertThat(numbers("applicant1", "")).doesNotContain(filed.getBusinessKey(), awarded.getBusinessKey());
    assertThat(numbers("applicant1b", "")).doesNotContain(filed.getBusinessKey());
    assertThat(numbers("dongyuan", "")).contains(filed.getBusinessKey());
    assertThat(numbers("luoyang", "")).doesNotContain(filed.getBusinessKey());
    assertThat(numbers("gongdian", "")).isEmpty();
    assertThat(numbers("keji", "&program=noStopConstructionBonus&status=FILED&township=dongyuan"))
        .contains(filed.getBusinessKey()).doesNotContain(awarded.getBusinessKey(), draft.getBusinessKey());
    Http.Response bad = http.basic("keji", "GET", "/api/my-applications?status=PAID_TWICE&township=../x", null);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("「申请状态」（status）不是有效的状态", "「乡镇」（township）不是有效的乡镇代码");

    JsonNode awardedRow = http.basic("applicant2", "GET", "/api/my-applications?q=" + awarded.getBusinessKey(), null)
        .json().get(0);
    assertThat(awardedRow.path("application").path("statusLabel").asText()).isEqualTo("已批准");
    assertThat(awardedRow.path("application").path("amountText").asText()).isEqualTo("30,000.00 元");
    assertThat(awardedRow.path("awardStatus").asText()).isEqualTo("APPROVED");
    assertThat(awardedRow.path("awardStatusLabel").asText()).isEqualTo("已批准待公示");

    JsonNode detail = http.basic("applicant2", "GET", "/api/my-applications/" + awarded.getBusinessKey(), null).json();
    List<String> steps = new ArrayList<>();
    detail.path("history").forEach(entry -> steps.add(entry.path("step").asText() + "·" + entry.path("action").asText()));
    assertThat(steps).containsSubsequence("填报申请·提交申请", "乡镇核实·通过", "部门审批·通过", "部门审批·登记奖补台账");
    assertThat(detail.path("history").toString()).contains("核实无误", "dongyuan");
    assertThat(detail.path("next").path("mayWithdraw").asBoolean()).isFalse();
    assertThat(detail.path("next").path("decisionLetter").asText())
        .isEqualTo("/api/my-applications/" + awarded.getBusinessKey() + "/decision-letter.pdf");

    JsonNode waiting = http.basic("applicant2", "GET", "/api/my-applications/" + filed.getBusinessKey(), null).json();
    assertThat(waiting.toString()).doesNotContain("内部备注");
    assertThat(waiting.path("next").path("mayWithdraw").asBoolean()).isTrue();
    assertThat(waiting.path("next").path("taskId").isNull()).isTrue();
    JsonNode atTownship = http.basic("dongyuan", "GET", "/api/my-applications/" + filed.getBusinessKey(), null).json();
    assertThat(atTownship.path("next").path("taskName").asText()).isEqualTo("乡镇核实");
    assertThat(atTownship.path("next").path("mayWithdraw").asBoolean()).isFalse();
    JsonNode drafting = http.basic("applicant2", "GET", "/api/my-applications/" + draft.getBusinessKey(), null).json();
    assertThat(drafting.path("next").path("taskId").asText()).isEqualTo(driver.task(draft, "filing").getId());

    for (String user : new String[] {"applicant1", "luoyang", "gongdian", "zhifa"}) {
      assertThat(http.basic(user, "GET", "/api/my-applications/" + filed.getBusinessKey(), null).status()).as(user)
          .isEqualTo(404);
    }
    assertThat(http.basic(null, "GET", "/api/my-applications", null).status()).isEqualTo(401);
    assertThat(http.basic("applicant2", "GET", "/api/my-applications/NSC-2024-999999", null).status()).isEqualTo(404);
  }

  @Test
  void theDecisionLetterNamesTheDecisionForWhoeverMayReadTheApplication() throws Exception {
    ProcessInstance awarded = driver.start("noStopConstructionBonus", "applicant2");
    driver.complete(awarded, "filing", "applicant2", noStopConstruction(uniqueProjectCode()));
    driver.complete(awarded, "townshipVerification", "dongyuan", township("APPROVE", null));
    driver.complete(awarded, "bureauApproval", "keji", bureau("APPROVE", null));
    driver.runJobs(awarded);
    ProcessInstance rejected = driver.start("noStopConstructionBonus", "applicant2");
    driver.complete(rejected, "filing", "applicant2", noStopConstruction(uniqueProjectCode()));
    driver.complete(rejected, "townshipVerification", "dongyuan", township("REJECT", "考勤记录与现场不符"));
    ProcessInstance filed = driver.start("noStopConstructionBonus", "applicant2");
    driver.complete(filed, "filing", "applicant2", noStopConstruction(uniqueProjectCode()));

    String path = "/api/my-applications/" + awarded.getBusinessKey() + "/decision-letter.pdf";
    Http.Response pdf = http.basic("applicant2", "GET", path, null);
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
    assertThat(http.basic("keji", "GET", path, null).status()).isEqualTo(200);
    for (String user : new String[] {"applicant1", "luoyang", "gongdian"}) {
      assertThat(http.basic(user, "GET", path, null).status()).as(user).isEqualTo(404);
    }
    assertThat(http.basic("applicant2", "GET", "/api/my-applications/" + filed.getBusinessKey() + "/decision-letter.pdf",
        null).status()).isEqualTo(409);

    String approvedText = letterText(awarded.getBusinessKey());
    assertThat(approvedText).contains("福建东园建设工程有限公司（演示）", "91350521MAWPDQNQ93", "春节不停工奖励", "第18条",
        "泉台管办发明电〔2024〕3号", "准予奖补", "人民币30,000.00元", "区科技经济发展局", awarded.getBusinessKey());
    String rejectedText = letterText(rejected.getBusinessKey());
    assertThat(rejectedText).contains("不予奖补", "考勤记录与现场不符", "东园镇").doesNotContain("人民币30,000.00元");
  }

  private String letterText(String number) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    letterPdf.write(letters.of(mine.readable(viewers.of("applicant2"), number)), out);
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(out.toByteArray())) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", "");
    }
  }

  @Test
  void thePageGetsTheSessionsCsrfTokenWhichOnlyTheSessionsOwnScriptsRead() {
    Http.WebappSession session = http.login("applicant2", "tasklist");
    Map<String, String> contact = Map.of("email", "applicant2@example.com", "mobile", "13812345678");
    assertThat(session.send("PUT", "/api/my-contact", contact, false).status()).as("without the token").isEqualTo(403);
    Http.Response token = session.send("GET", "/api/csrf-token", null, false);
    assertThat(token.status()).isEqualTo(200);
    assertThat(token.json().path("token").asText()).isNotBlank().isEqualTo(session.csrfToken());
    assertThat(token.headers()).doesNotContainKey("access-control-allow-origin");
    assertThat(session.send("PUT", "/api/my-contact", contact, true).status()).isEqualTo(200);
    assertThat(http.basic(null, "GET", "/api/csrf-token", null).status()).isEqualTo(401);
    assertThat(http.basic("applicant2", "GET", "/api/csrf-token", null).json().path("token").isNull()).isTrue();
  }

  @Test
  void thePageIsServedInChineseAndAsksTheApiForEverything() {
    Http.Response page = http.basic(null, "GET", "/my-applications/", null);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<html lang=\"zh-CN\">", "<h1>我的申请</h1>", "my-applications.js");
    Http.Response script = http.basic(null, "GET", "/my-applications/my-applications.js", null);
    assertThat(script.status()).isEqualTo(200);
    assertThat(script.body()).contains("'/api/my-applications'", "'X-XSRF-TOKEN'", "/withdraw", "/api/csrf-token").doesNotContain("innerHTML");
  }

  @Test
  void officialsExportWhatTheyMayRead() throws Exception {
    ProcessInstance filed = driver.start("noStopConstructionBonus", "applicant2");
    driver.complete(filed, "filing", "applicant2", noStopConstruction(uniqueProjectCode()));
    Http.Response workbook = http.basic("keji", "GET", "/api/my-applications.xlsx?program=noStopConstructionBonus", null);
    assertThat(workbook.status()).isEqualTo(200);
    assertThat(workbook.headers().get("content-type")).startsWith("application/vnd.openxmlformats");
    assertThat(http.basic("keji", "GET", "/api/my-applications.xlsx?status=NOPE", null).status()).isEqualTo(400);
    assertThat(http.basic(null, "GET", "/api/my-applications.xlsx", null).status()).isEqualTo(401);

    assertThat(rows("keji")).anySatisfy(row -> assertThat(row).startsWith(filed.getBusinessKey(), "春节不停工奖励",
        "福建东园建设工程有限公司（演示）", "东园镇", "2024", "已提交"));
    assertThat(rows("applicant1")).noneSatisfy(row -> assertThat(row.get(0)).isEqualTo(filed.getBusinessKey()));
  }

  private List<List<String>> rows(String user) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MyApplicationsWorkbook.write(mine.list(viewers.of(user), CaseQuery.of("all", null, null, "500")),
        ZoneId.of("Asia/Shanghai"), out);
    List<List<String>> rows = new ArrayList<>();
    try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      for (Row row : book.getFirstSheet().read()) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
          cells.add(row.getOptionalCell(i).map(Cell::getText).orElse(""));
        }
        rows.add(cells);
      }
    }
    assertThat(rows.get(0)).containsExactly("申请编号", "奖补项目", "申请企业", "乡镇", "政策版本", "申请状态");
    return rows.subList(1, rows.size());
  }
}
