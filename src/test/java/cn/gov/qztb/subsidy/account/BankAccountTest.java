package cn.gov.qztb.subsidy.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.reference.EnterpriseKind;
import cn.gov.qztb.subsidy.support.Http;
import cn.gov.qztb.subsidy.support.ProcessTest;
import cn.gov.qztb.subsidy.support.TestEnterprises;
import cn.gov.qztb.subsidy.support.TestEnterprises.Staff;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** 收款账户: set and changed by the enterprise's own staff, checked for form, every change kept, always masked. */
@ProcessTest
class BankAccountTest {

  @LocalServerPort int port;
  @Autowired TestEnterprises enterprises;
  @Autowired JdbcTemplate jdbc;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void staffSetAndChangeTheirAccountAndSeeItMaskedWithEveryChange() {
    Staff staff = enterprises.staffOfNew(EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "luoyang");
    Staff colleague = enterprises.colleagueOf(staff);

    Http.Response set = http.basic(staff.userId(), "PUT", "/api/bank-account",
        Map.of("bankName", "中国工商银行泉州台商投资区支行", "accountNumber", "1408012345678901234"));
    assertThat(set.status()).isEqualTo(200);
    assertThat(set.json().path("account").path("accountNumber").asText()).isEqualTo("***************1234");
    http.basic(colleague.userId(), "PUT", "/api/bank-account",
        Map.of("bankName", "中国农业银行泉州洛阳支行", "accountNumber", "13520101040012345"));

    JsonNode shown = http.basic(staff.userId(), "GET", "/api/bank-account", null).json();
    assertThat(shown.path("account").path("bankName").asText()).isEqualTo("中国农业银行泉州洛阳支行");
    assertThat(shown.path("account").path("updatedBy").asText()).isEqualTo(colleague.userId());
    assertThat(shown.path("changes")).hasSize(2);
    assertThat(shown.path("changes").get(1).path("before").asText()).isEqualTo("中国工商银行泉州台商投资区支行 ***************1234");
    assertThat(shown.path("changes").get(1).path("after").asText()).isEqualTo("中国农业银行泉州洛阳支行 *************2345");
    assertThat(shown.toString()).doesNotContain("1408012345678901234", "13520101040012345");
    assertThat(jdbc.queryForObject("select account_number from enterprise_account where credit_code = ?", String.class,
        staff.enterpriseCode())).as("stored as typed").isEqualTo("13520101040012345");
  }

  @Test
  void aMalformedAccountIsRefusedNamingTheFieldAndNothingIsWritten() {
    Staff staff = enterprises.staffOfNew(EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "luoyang");

    Http.Response refused = http.basic(staff.userId(), "PUT", "/api/bank-account",
        Map.of("bankName", "<b>银行</b>", "accountNumber", "6222 0202 0000 1234"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("开户银行", "银行账号", "不含空格");
    assertThat(jdbc.queryForObject("select count(*) from enterprise_account_change where credit_code = ?", Integer.class,
        staff.enterpriseCode())).isZero();
    assertThat(http.basic(staff.userId(), "PUT", "/api/bank-account", Map.of()).body()).contains("开户银行", "必填");
  }

  @Test
  void nobodyButTheEnterprisesStaffReadsOrSetsIt() {
    for (String user : new String[] {"keji", "luoyang", "caijin", "gongdian", "admin"}) {
      assertThat(http.basic(user, "GET", "/api/bank-account", null).status()).as(user).isEqualTo(403);
      assertThat(http.basic(user, "PUT", "/api/bank-account",
          Map.of("bankName", "中国工商银行泉州分行", "accountNumber", "1408012345678901234")).status()).as(user).isEqualTo(403);
    }
    assertThat(http.basic(null, "GET", "/api/bank-account", null).status()).isEqualTo(401);
  }
}
