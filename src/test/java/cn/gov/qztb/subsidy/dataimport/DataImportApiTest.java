package cn.gov.qztb.subsidy.dataimport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.reference.Dataset;
import cn.gov.qztb.subsidy.reference.EnterpriseKind;
import cn.gov.qztb.subsidy.support.HolderData;
import cn.gov.qztb.subsidy.support.HolderDataTest;
import cn.gov.qztb.subsidy.support.Http;
import cn.gov.qztb.subsidy.support.TestEnterprises;
import cn.gov.qztb.subsidy.support.TestEnterprises.Staff;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** POST /api/data-imports/{dataset}: who may import, the report, re-imports and corrections. */
@HolderDataTest
class DataImportApiTest {

  private static final String ELECTRICITY = "/api/data-imports/electricity";
  /** A valid credit code of no enterprise registered in the zone. */
  private static final String OUTSIDER = "91350100M000100Y43";

  @LocalServerPort int port;
  @Autowired TestEnterprises enterprises;
  @Autowired JdbcTemplate jdbc;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  private static byte[] file(String... rows) {
    return HolderData.csv(Dataset.ELECTRICITY, rows).getBytes(StandardCharsets.UTF_8);
  }

  private int records(String code) {
    return jdbc.queryForObject("select count(*) from holder_record where record_key = ?", Integer.class, code);
  }

  @Test
  void theHolderImportsAndAnUnregisteredEnterpriseIsReportedNotImported() {
    String code = enterprises.staffOfNew(EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "luoyang").enterpriseCode();

    Http.Response response = http.upload("gongdian", ELECTRICITY, "用电.csv",
        file(code + ",2024-01,120000", code + ",2024-02,98000", OUTSIDER + ",2024-01,5000"));

    assertThat(response.status()).isEqualTo(200);
    JsonNode report = response.json();
    assertThat(report.path("outcome").asText()).isEqualTo("IMPORTED");
    assertThat(report.path("rows").asInt()).isEqualTo(3);
    assertThat(report.path("added").asInt()).isEqualTo(2);
    assertThat(report.path("unregistered").get(0).path("row").asInt()).isEqualTo(4);
    assertThat(report.path("unregistered").get(0).path("creditCode").asText()).isEqualTo(OUTSIDER);
    assertThat(report.path("message").asText()).contains("新增2条", "1行的企业未在本区登记，未导入");
    assertThat(records(code)).isEqualTo(2);
    assertThat(records(OUTSIDER)).isZero();
    assertThat(jdbc.queryForObject("select fields from holder_record where record_key = ? and period = '2024-02'",
        String.class, code)).isEqualTo("{\"kwh\":\"98000\"}");
  }

  @Test
  void theSameFileAgainChangesNothingAndACorrectionKeepsTheOldValue() {
    String code = enterprises.staffOfNew(EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "luoyang").enterpriseCode();
    byte[] first = file(code + ",2024-01,120000", code + ",2024-02,98000");
    http.upload("gongdian", ELECTRICITY, "用电.csv", first);
    int imports = jdbc.queryForObject("select count(*) from data_import", Integer.class);

    JsonNode again = http.upload("gongdian", ELECTRICITY, "用电.csv", first).json();
    assertThat(again.path("outcome").asText()).isEqualTo("UNCHANGED");
    assertThat(again.path("unchanged").asInt()).isEqualTo(2);
    assertThat(jdbc.queryForObject("select count(*) from data_import", Integer.class)).isEqualTo(imports);

    JsonNode corrected = http.upload("admin", ELECTRICITY, "用电更正.csv",
        file(code + ",2024-01,120000", code + ",2024-02,97500")).json();
    assertThat(corrected.path("corrected").asInt()).isEqualTo(1);
    assertThat(corrected.path("unchanged").asInt()).isEqualTo(1);
    Map<String, Object> revision = jdbc.queryForMap("select v.old_fields, v.new_fields, o.imported_by as old_by,"
        + " n.imported_by as new_by from holder_record_revision v join data_import o on o.id = v.old_import_id"
        + " join data_import n on n.id = v.import_id where v.record_key = ?", code);
    assertThat(revision).containsEntry("OLD_FIELDS", "{\"kwh\":\"98000\"}").containsEntry("NEW_FIELDS", "{\"kwh\":\"97500\"}")
        .containsEntry("OLD_BY", "gongdian").containsEntry("NEW_BY", "admin");
  }

  @Test
  void aFileWithABadRowImportsNothingAndEveryProblemIsNamed() {
    String code = enterprises.staffOfNew(EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "luoyang").enterpriseCode();
    String badCheck = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');

    Http.Response response = http.upload("gongdian", ELECTRICITY, "用电.csv",
        file(code + ",2024-01,120000", code + ",2024-2,-5", badCheck + ",2024-01,1", code + ",2024-01,7"));

    assertThat(response.status()).isEqualTo(400);
    JsonNode report = response.json();
    assertThat(report.path("outcome").asText()).isEqualTo("REFUSED");
    assertThat(report.path("message").asText()).contains("未导入任何数据");
    assertThat(report.path("problems").toString()).contains("\"row\":3", "月份", "工业用电量（千瓦时）", "\"row\":4",
        "统一社会信用代码", "\"row\":5", "与第2行重复");
    assertThat(records(code)).isZero();
  }

  @Test
  void onlyTheDatasetsHolderOrAnAdministratorMayImport() {
    Staff staff = enterprises.staffOfNew(EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "luoyang");
    byte[] content = file(staff.enterpriseCode() + ",2024-01,120000");

    for (String user : new String[] {staff.userId(), "applicant1", "luoyang", "keji", "minsheng", "ranqi", "caijin"}) {
      Http.Response refused = http.upload(user, ELECTRICITY, "用电.csv", content);
      assertThat(refused.status()).as(user).isEqualTo(403);
      assertThat(refused.message()).as(user).contains("不是数据集“工业用电量”的数据持有单位的经办人员");
    }
    assertThat(http.upload(null, ELECTRICITY, "用电.csv", content).status()).isEqualTo(401);
    assertThat(records(staff.enterpriseCode())).isZero();

    assertThat(http.upload("minsheng", "/api/data-imports/unemployment-insurance", "参保.csv",
        HolderData.csv(Dataset.UNEMPLOYMENT_INSURANCE, staff.enterpriseCode() + ",2024-02,98")
            .getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);
    Http.Response unknown = http.upload("admin", "/api/data-imports/tax", "tax.csv", content);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.message()).contains("没有名为「tax」的数据集");
  }

  @Test
  void eachUserSeesOnlyTheDatasetsTheyHold() {
    JsonNode gongdian = http.basic("gongdian", "GET", "/api/data-imports", null).json();
    assertThat(gongdian.path("datasets")).hasSize(1);
    assertThat(gongdian.path("datasets").get(0).path("id").asText()).isEqualTo("electricity");
    assertThat(gongdian.path("datasets").get(0).path("columns").toString()).contains("工业用电量（千瓦时）");
    assertThat(http.basic("applicant1", "GET", "/api/data-imports", null).json().path("datasets")).isEmpty();
    assertThat(http.basic("applicant1", "GET", "/api/data-imports", null).json().path("imports")).isEmpty();
    assertThat(http.basic("admin", "GET", "/api/data-imports", null).json().path("datasets")).hasSize(6);
  }

  @Test
  void aRequestWithoutAFileIsRefusedInChinese() {
    Http.Response response = http.basic("gongdian", "POST", ELECTRICITY, "{}");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.message()).contains("file");
  }
}
