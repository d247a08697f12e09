package cn.gov.qztb.subsidy.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.Filings;
import cn.gov.qztb.subsidy.support.Http;
import cn.gov.qztb.subsidy.support.ProcessTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 申报材料: the edition's required documents of clause 24, uploaded by the applicant, checked by
 * their bytes, kept with their SHA-256, read by the township and the unit, refused to everyone else.
 */
@ProcessTest
class DocumentTest {

  static final byte[] PDF = ApplicationDriver.SAMPLE_PDF;
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

  @LocalServerPort int port;
  @Autowired ApplicationDriver driver;
  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  private Http.Response upload(String user, String number, String kind, String name, byte[] content) {
    return http.upload(user, "/api/applications/" + number + "/documents?kind=" + kind, name, content);
  }

  static byte[] ofd() throws Exception {
    return zip("OFD.xml");
  }

  static byte[] zip(String entry) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  @Test
  void clause24NeedsItsThreeDocumentsWhichOnlyThoseWhoReadTheApplicationDownload() throws Exception {
    ProcessInstance instance = driver.start("exhibitionSubsidy", "applicant3");
    String number = instance.getBusinessKey();

    JsonNode listed = http.basic("applicant3", "GET", "/api/applications/" + number + "/documents", null).json();
    assertThat(listed.path("kinds").toString()).contains("展位合同或展位费发票", "往返机票或行程单（含登机牌）",
        "向区商务部门报备的回执", "其他证明材料");

    // filing without them is refused, naming each; the task stays open
    assertThatThrownBy(() -> driver.as("applicant3", () -> {
      tasks.complete(driver.task(instance, "filing").getId(), Filings.exhibition());
      return null;
    })).isInstanceOf(Refusal.class).hasMessageContaining("「展位合同或展位费发票」")
        .hasMessageContaining("「往返机票或行程单（含登机牌）」").hasMessageContaining("「向区商务部门报备的回执」");
    assertThat(driver.task(instance, "filing")).isNotNull();

    // what is not a PDF, JPEG, PNG or OFD by its bytes is refused whatever its name
    Http.Response exe = upload("applicant3", number, "BOOTH", "发票.pdf", "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(exe.status()).isEqualTo(400);
    assertThat(exe.message()).contains("不是PDF、JPEG、PNG或OFD文件");
    Http.Response word = upload("applicant3", number, "BOOTH", "合同.ofd", zip("word/document.xml"));
    assertThat(word.status()).as("a zip without OFD.xml (a .docx) is no OFD").isEqualTo(400);
    assertThat(FileType.of(zip("OFD.xml"))).contains(FileType.OFD);
    assertThat(upload("applicant3", number, "NOPE", "a.pdf", PDF).message()).contains("「材料类型」（kind）应为：BOOTH（展位合同或展位费发票）");
    assertThat(upload("applicant3", number, "BOOTH", "../../etc/passwd.pdf", PDF).message()).contains("「文件名」");
    byte[] tooBig = Arrays.copyOf(PDF, (int) Documents.MAX_BYTES + 1);
    assertThat(upload("applicant3", number, "BOOTH", "big.pdf", tooBig).status()).isIn(400, 413);
    assertThat(upload("applicant1", number, "BOOTH", "a.pdf", PDF).status()).isEqualTo(404);
    assertThat(upload("zhangban", number, "BOOTH", "a.pdf", PDF).status()).isEqualTo(404);
    assertThat(jdbc.queryForObject("select count(*) from application_document where business_key = ?", Integer.class,
        number)).isZero();

    Http.Response booth = upload("applicant3", number, "BOOTH", "展位费发票.pdf", PDF);
    assertThat(booth.status()).as(booth.body()).isEqualTo(200);
    assertThat(booth.json().path("sha256").asText()).isEqualTo(Documents.sha256(PDF));
    assertThat(booth.json().path("contentType").asText()).isEqualTo("application/pdf");
    assertThat(upload("applicant3", number, "TRAVEL", "登机牌.jpg", JPEG).json().path("contentType").asText())
        .isEqualTo("image/jpeg");
    assertThat(upload("applicant3", number, "FILING_RECORD", "报备回执.ofd", ofd()).json().path("contentType").asText())
        .isEqualTo("application/ofd");
    assertThat(upload("applicant3", number, "OTHER", "出口额证明.png", PNG).status()).isEqualTo(200);

    // removed before filing: not listed, no longer counted as present, but kept
    Http.Response wrong = upload("applicant3", number, "FILING_RECORD", "传错了.pdf", PDF);
    String wrongId = wrong.json().path("id").asText();
    assertThat(http.basic("applicant1", "DELETE", "/api/documents/" + wrongId, null).status()).isEqualTo(404);
    assertThat(http.basic("applicant3", "DELETE", "/api/documents/" + wrongId, null).status()).isEqualTo(200);
    assertThat(http.basic("applicant3", "GET", "/api/applications/" + number + "/documents", null).body())
        .doesNotContain("传错了.pdf").contains("报备回执.ofd");
    assertThat(jdbc.queryForObject("select removed_by from application_document where id = ?", String.class,
        Long.parseLong(wrongId))).isEqualTo("applicant3");

    driver.as("applicant3", () -> {
      tasks.complete(driver.task(instance, "filing").getId(), Filings.exhibition());
      return null;
    });
    assertThat(upload("applicant3", number, "OTHER", "迟到.pdf", PDF).status()).isEqualTo(409);

    String id = booth.json().path("id").asText();
    Http.Response download = http.basic("zhangban", "GET", "/api/documents/" + id, null);
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.headers().get("content-type")).isEqualTo("application/pdf");
    assertThat(download.headers().get("x-content-type-options")).isEqualTo("nosniff");
    assertThat(download.body()).startsWith("%PDF-1.4");
    assertThat(http.basic("keji", "GET", "/api/documents/" + id, null).status()).isEqualTo(200);
    assertThat(http.basic("applicant3", "GET", "/api/documents/" + id, null).status()).isEqualTo(200);
    for (String user : new String[] {"applicant1", "applicant2", "luoyang", "dongyuan", "minsheng", "gongdian"}) {
      assertThat(http.basic(user, "GET", "/api/documents/" + id, null).status()).as(user).isEqualTo(403);
      assertThat(http.basic(user, "GET", "/api/applications/" + number + "/documents", null).status()).as(user)
          .isEqualTo(404);
      assertThat(http.basic(user, "DELETE", "/api/documents/" + id, null).status()).as(user).isIn(403, 404);
    }
    assertThat(http.basic(null, "GET", "/api/documents/" + id, null).status()).isEqualTo(401);
    for (String guess : new String[] {"999999999", "-1", "abc", "1e3"}) {
      assertThat(http.basic("applicant3", "GET", "/api/documents/" + guess, null).status()).as(guess).isEqualTo(404);
    }
    assertThat(http.basic("applicant3", "DELETE", "/api/documents/" + id, null).status()).isEqualTo(409);
  }
}
