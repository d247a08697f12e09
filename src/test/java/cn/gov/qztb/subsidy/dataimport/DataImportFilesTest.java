package cn.gov.qztb.subsidy.dataimport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.reference.EnterpriseKind;
import cn.gov.qztb.subsidy.support.HolderDataTest;
import cn.gov.qztb.subsidy.support.Http;
import cn.gov.qztb.subsidy.support.TestEnterprises;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the importer makes of real XLSX files, of files that are not what they say, and of oversized ones. */
@HolderDataTest
class DataImportFilesTest {

  @LocalServerPort int port;
  @Autowired TestEnterprises enterprises;
  @Autowired JdbcTemplate jdbc;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  private static byte[] xlsx(String code) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(out, "test", "1.0");
    Worksheet sheet = workbook.newWorksheet("用气");
    String[] headers = {"统一社会信用代码", "月份", "用气量（立方米）", "执行全市非居民管道燃气价格"};
    for (int c = 0; c < headers.length; c++) {
      sheet.value(0, c, headers[c]);
    }
    sheet.value(1, 0, code);
    sheet.value(1, 1, "2024-01");
    sheet.value(1, 2, 150000);
    sheet.value(1, 3, "是");
    sheet.value(2, 0, code);
    sheet.value(2, 1, "2024-02");
    sheet.value(2, 2, 130000.5);
    sheet.value(2, 3, "是");
    workbook.finish();
    return out.toByteArray();
  }

  @Test
  void anXlsxIsReadByItsBytesWhateverItsNameAndAFractionOfACubicMetreIsRefused() throws IOException {
    String code = enterprises.staffOfNew(EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "dongyuan").enterpriseCode();

    Http.Response refused = http.upload("ranqi", "/api/data-imports/gas", "gas.csv", xlsx(code));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("problems").toString()).contains("\"row\":3", "用气量（立方米）");
    assertThat(jdbc.queryForObject("select count(*) from holder_record where record_key = ?", Integer.class, code)).isZero();
  }

  @Test
  void aCsvInAnotherEncodingOrAFileOfNoKnownFormatIsRefusedWhole() {
    String code = enterprises.staffOfNew(EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "dongyuan").enterpriseCode();
    byte[] gbk = ("统一社会信用代码,月份,用气量（立方米）,执行全市非居民管道燃气价格\r\n" + code + ",2024-01,150000,是\r\n")
        .getBytes(Charset.forName("GBK"));

    Http.Response response = http.upload("ranqi", "/api/data-imports/gas", "gas.csv", gbk);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("problems").toString()).contains("UTF-8");

    Http.Response pdf = http.upload("ranqi", "/api/data-imports/gas", "gas.xlsx", "%PDF-1.7\n...".getBytes());
    assertThat(pdf.status()).isEqualTo(400);
    assertThat(pdf.json().path("outcome").asText()).isEqualTo("REFUSED");
  }

  @Test
  void anOverlongFileNameOrAnOversizedFileIsRefusedInChinese() {
    Http.Response name = http.upload("ranqi", "/api/data-imports/gas", "a".repeat(201) + ".csv", "x".getBytes());
    assertThat(name.status()).isEqualTo(400);
    assertThat(name.message()).contains("「文件名」过长");
    Http.Response chinese = http.upload("ranqi", "/api/data-imports/gas", "甲".repeat(201) + ".csv", "x".getBytes());
    assertThat(chinese.status()).isEqualTo(413);
    assertThat(chinese.message()).contains("文件名不能过长");

    Http.Response big = http.upload("ranqi", "/api/data-imports/gas", "big.csv", new byte[21 * 1024 * 1024]);
    assertThat(big.status()).isEqualTo(413);
    assertThat(big.message()).contains("文件不能超过20MB");
  }
}
