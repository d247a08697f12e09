package cn.gov.qztb.subsidy.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.reference.EnterpriseKind;
import cn.gov.qztb.subsidy.support.Http;
import cn.gov.qztb.subsidy.support.ProcessTest;
import cn.gov.qztb.subsidy.support.TestEnterprises;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Finding 7, accounts and /api: users cannot delete or rename themselves but can change their
 * password; a state-changing /api call under a webapp session needs the session's CSRF token,
 * while HTTP Basic clients need none.
 */
@ProcessTest
class AccountsAndApiTest {

  @LocalServerPort int port;
  @Autowired TestEnterprises enterprises;
  @Autowired IdentityService identity;

  @Test
  void usersCannotDeleteOrRenameThemselvesButChangeTheirPassword() {
    Http http = new Http(port);
    String user = enterprises.staffOfNew(EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "baiqi").userId();

    assertThat(http.basic(user, "DELETE", "/engine-rest/user/" + user, null).status()).isEqualTo(403);
    assertThat(http.basic(user, "PUT", "/engine-rest/user/" + user + "/profile",
        Map.of("id", user, "firstName", "管理员", "lastName", "")).status()).isEqualTo(403);
    assertThat(identity.createUserQuery().userId(user).singleResult().getFirstName()).startsWith("测试经办人");

    assertThat(http.basic(user, "PUT", "/engine-rest/user/applicant1/credentials",
        Map.of("password", "new-password-1", "authenticatedUserPassword", "demo")).status()).isEqualTo(403);
    assertThat(http.basic(user, "PUT", "/engine-rest/user/" + user + "/credentials",
        Map.of("password", "new-password-1", "authenticatedUserPassword", "demo")).status()).isEqualTo(204);
    assertThat(identity.checkPassword(user, "new-password-1")).isTrue();
    assertThat(identity.checkPassword("applicant1", "demo")).isTrue();
  }

  @Test
  void stateChangingApiCallsUnderASessionNeedTheCsrfToken() {
    Http http = new Http(port);
    Http.WebappSession admin = http.login("admin", "cockpit");
    String dryRun = "/api/admin/migrations/noStopConstructionBonus";

    Http.Response withoutToken = admin.send("POST", dryRun, Map.of("execute", false), false);
    assertThat(withoutToken.status()).isEqualTo(403);
    assertThat(withoutToken.message()).contains("CSRF");
    assertThat(admin.send("GET", "/api/awards", null, false).status()).as("reads need no token").isEqualTo(200);
    assertThat(admin.send("POST", dryRun, Map.of("execute", false), true).status()).isEqualTo(200);
    assertThat(http.basic("admin", "POST", dryRun, Map.of("execute", false)).status()).isEqualTo(200);
  }
}
