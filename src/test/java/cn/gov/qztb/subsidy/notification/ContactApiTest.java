package cn.gov.qztb.subsidy.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.identity.DemoUsers;
import cn.gov.qztb.subsidy.reference.EnterpriseKind;
import cn.gov.qztb.subsidy.support.Http;
import cn.gov.qztb.subsidy.support.ProcessTest;
import cn.gov.qztb.subsidy.support.TestEnterprises;
import cn.gov.qztb.subsidy.support.TestEnterprises.Staff;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** GET/PUT /api/my-contact: the caller's own e-mail and mobile number, checked, stored as typed, nobody else's. */
@ProcessTest
class ContactApiTest {

  @LocalServerPort int port;
  @Autowired TestEnterprises enterprises;
  @Autowired JdbcTemplate jdbc;
  @Autowired DemoUsers demoUsers;
  @Autowired TransactionTemplate transaction;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void applicantReadsTheSeededContactAndChangesItAsTyped() {
    JsonNode seeded = http.basic("applicant1", "GET", "/api/my-contact", null).json();
    assertThat(seeded.path("userId").asText()).isEqualTo("applicant1");
    assertThat(seeded.path("email").asText()).isEqualTo("applicant1@example.com");
    assertThat(seeded.path("mobile").asText()).isEqualTo("13805951001");
    assertThat(seeded.path("updatedBy").asText()).isEqualTo("seeds/demo/users.yaml");

    Http.Response changed = http.basic("applicant1", "PUT", "/api/my-contact",
        Map.of("email", "Lin.XiaoMing+subsidy@Example.COM", "mobile", "19912345678"));

    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().path("email").asText()).as("stored as typed").isEqualTo("Lin.XiaoMing+subsidy@Example.COM");
    assertThat(changed.json().path("updatedBy").asText()).isEqualTo("applicant1");
    assertThat(row("applicant1")).containsEntry("EMAIL", "Lin.XiaoMing+subsidy@Example.COM").containsEntry("MOBILE", "19912345678");
    JsonNode read = http.basic("applicant1", "GET", "/api/my-contact", null).json();
    assertThat(read.path("mobile").asText()).isEqualTo("19912345678");

    Map<String, Object> onlyEmail = new HashMap<>();
    onlyEmail.put("email", "");
    onlyEmail.put("mobile", null);
    assertThat(http.basic("applicant1", "PUT", "/api/my-contact", onlyEmail).status()).isEqualTo(200);
    assertThat(row("applicant1")).as("both emptied: no channel is used").containsEntry("EMAIL", null).containsEntry("MOBILE", null);

    assertThat(http.basic("applicant1", "PUT", "/api/my-contact",
        Map.of("email", "applicant1@example.com", "mobile", "13805951001")).status()).isEqualTo(200);
  }

  @Test
  void badAddressesAreRefusedNamingTheFieldAndChangeNothing() {
    Staff staff = enterprises.staffOfNew(EnterpriseKind.CONSTRUCTION, "dongyuan");
    assertThat(http.basic(staff.userId(), "PUT", "/api/my-contact",
        Map.of("email", "staff@example.com", "mobile", "13912345678")).status()).isEqualTo(200);
    Map<String, Object> before = row(staff.userId());

    List<Map<String, Object>> bad = List.of(
        Map.of("email", "staff@example"),
        Map.of("email", "staff.example.com"),
        Map.of("email", " staff@example.com"),
        Map.of("email", "staff@exam ple.com"),
        Map.of("email", "staff@example.com\r\nBcc: x@example.com"),
        Map.of("email", "张三＠example.com"),
        Map.of("email", "张三@example.com"),
        Map.of("email", "staff@example..com"),
        Map.of("email", "staff..x@example.com"),
        Map.of("email", "<staff@example.com>"),
        Map.of("email", "a".repeat(250) + "@example.com"),
        Map.of("email", 42),
        Map.of("mobile", "1381234567"),
        Map.of("mobile", "12812345678"),
        Map.of("mobile", "138 1234 5678"),
        Map.of("mobile", "+8613812345678"),
        Map.of("mobile", "138-1234-5678"),
        Map.of("mobile", "１３８１２３４５６７８"),
        Map.of("mobile", 13812345678L));
    for (Map<String, Object> input : bad) {
      Http.Response refused = http.basic(staff.userId(), "PUT", "/api/my-contact", input);
      assertThat(refused.status()).as(input.toString()).isEqualTo(400);
      String field = input.containsKey("email") ? "「电子邮箱」（email）" : "「手机号码」（mobile）";
      assertThat(refused.message()).as(input.toString()).contains(field);
      assertThat(row(staff.userId())).as(input.toString()).isEqualTo(before);
    }

    Http.Response both = http.basic(staff.userId(), "PUT", "/api/my-contact", Map.of("email", "x@", "mobile", "110"));
    assertThat(both.json().path("problems")).hasSize(2);
    assertThat(both.message()).contains("电子邮箱", "手机号码");
    Http.Response someoneElse = http.basic(staff.userId(), "PUT", "/api/my-contact",
        Map.of("userId", "applicant2", "email", "attacker@example.com"));
    assertThat(someoneElse.status()).isEqualTo(400);
    assertThat(someoneElse.message()).contains("「userId」不是可设置的字段");
    assertThat(row(staff.userId())).isEqualTo(before);
    assertThat(row("applicant2")).containsEntry("EMAIL", "applicant2@example.com");
  }

  @Test
  void oneUsersChangeNeverTouchesAnothersContact() {
    Staff staff = enterprises.staffOfNew(EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "luoyang");
    Staff colleague = enterprises.colleagueOf(staff);
    assertThat(http.basic(colleague.userId(), "PUT", "/api/my-contact", Map.of("email", "colleague@example.com")).status())
        .isEqualTo(200);
    Map<String, Object> colleaguesRow = row(colleague.userId());
    Map<String, Object> applicant3 = row("applicant3");

    assertThat(http.basic(staff.userId(), "PUT", "/api/my-contact",
        Map.of("email", "staff@example.com", "mobile", "17712345678")).status()).isEqualTo(200);

    assertThat(row(colleague.userId())).isEqualTo(colleaguesRow);
    assertThat(row("applicant3")).isEqualTo(applicant3);
    assertThat(http.basic(colleague.userId(), "GET", "/api/my-contact", null).json().path("email").asText())
        .isEqualTo("colleague@example.com");
    JsonNode none = http.basic("keji", "GET", "/api/my-contact", null).json();
    assertThat(none.path("userId").asText()).isEqualTo("keji");
    assertThat(none.path("email").isNull()).as("a user without a contact has none").isTrue();
    assertThat(none.path("mobile").isNull()).isTrue();
  }

  @Test
  void aUsersOwnChangeSurvivesSeedingAgain() {
    assertThat(http.basic("applicant4", "PUT", "/api/my-contact", Map.of("email", "guo.jianguo@example.com")).status())
        .isEqualTo(200);
    Map<String, Object> changed = row("applicant4");
    int contactsBefore = jdbc.queryForObject("select count(*) from user_contact", Integer.class);

    transaction.executeWithoutResult(status -> demoUsers.seed());

    assertThat(row("applicant4")).isEqualTo(changed).containsEntry("MOBILE", null).containsEntry("UPDATED_BY", "applicant4");
    assertThat(jdbc.queryForObject("select count(*) from user_contact", Integer.class)).isEqualTo(contactsBefore);
  }

  @Test
  void withoutLoginTheAnswerIs401() {
    assertThat(http.basic(null, "GET", "/api/my-contact", null).status()).isEqualTo(401);
    assertThat(http.basic(null, "PUT", "/api/my-contact", Map.of("email", "x@example.com")).status()).isEqualTo(401);
    Map<String, String> wrongPassword = Map.of("Authorization", "Basic " + java.util.Base64.getEncoder()
        .encodeToString("nobody:wrong".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(http.send("GET", "/api/my-contact", null, wrongPassword).status()).isEqualTo(401);
  }

  private Map<String, Object> row(String userId) {
    List<Map<String, Object>> rows = jdbc.queryForList("select email, mobile, updated_by, updated_at from user_contact"
        + " where user_id = ?", userId);
    assertThat(rows).as("contact row of " + userId).hasSize(1);
    Map<String, Object> row = new HashMap<>();
    rows.get(0).forEach((key, value) -> row.put(key.toUpperCase(), value));
    return row;
  }
}
