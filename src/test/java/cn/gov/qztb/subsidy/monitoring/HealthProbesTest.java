package cn.gov.qztb.subsidy.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.support.Http;
import cn.gov.qztb.subsidy.support.ProcessTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The probes answer anyone with their status alone; an administrator sees what readiness is made
 * of; every other path under /actuator is the administrators'.
 */
@ProcessTest
class HealthProbesTest {

  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void connect() {
    http = new Http(port);
  }

  @Test
  void readinessIsUpAfterStartupAndCoversDatabaseEngineStartupAndJobExecutor() {
    Http.Response response = http.basic("admin", "GET", "/actuator/health/readiness", null);

    assertThat(response.status()).isEqualTo(200);
    JsonNode health = response.json();
    assertThat(health.path("status").asText()).isEqualTo("UP");
    JsonNode components = health.path("components");
    assertThat(names(components)).containsExactlyInAnyOrder("readinessState", "db", "camunda", "startup", "jobExecutor");
    components.forEach(component -> assertThat(component.path("status").asText()).isEqualTo("UP"));
    assertThat(components.path("camunda").path("details").path("processDefinitions").asLong())
        .as("the engine's query ran: the seven programs are deployed").isGreaterThanOrEqualTo(7);
    assertThat(components.path("startup").path("details").path("finishedAt").asText()).isNotBlank();
    // the tests run jobs themselves: a disabled job executor does not hold the node back
    assertThat(components.path("jobExecutor").path("details").path("enabled").asBoolean()).isFalse();
    assertThat(components.path("db").path("details").path("database").asText()).isNotBlank();
  }

  @Test
  void livenessIsUp() {
    Http.Response response = http.basic(null, "GET", "/actuator/health/liveness", null);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("status").asText()).isEqualTo("UP");
  }

  @Test
  void theProbesShowAnonymousUsersAndNonAdministratorsTheirStatusAlone() {
    for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
      for (String user : new String[] {null, "applicant1", "keji"}) {
        Http.Response response = http.basic(user, "GET", path, null);
        assertThat(response.status()).as(path + " as " + user).isEqualTo(200);
        assertThat(response.json().path("status").asText()).isEqualTo("UP");
        // the overall health also lists the names of its groups (liveness, readiness)
        assertThat(names(response.json())).as(path + " as " + user).isSubsetOf("status", "groups");
      }
    }
    // credentials that name nobody (a real user's wrong password would hold back that user's logins for a while)
    Http.Response wrongPassword = http.send("GET", "/actuator/health/readiness", null,
        Map.of("Authorization", "Basic bm9ib2R5Ondyb25n")); // nobody:wrong
    assertThat(wrongPassword.status()).isEqualTo(200);
    assertThat(names(wrongPassword.json())).containsExactly("status");
    assertThat(http.basic("admin", "GET", "/actuator/health/readiness", null).json().has("components"))
        .as("the same request as an administrator shows the components").isTrue();
  }

  @Test
  void theOverallHealthShowsItsComponentsToAdministrators() {
    Http.Response response = http.basic("admin", "GET", "/actuator/health", null);

    assertThat(response.status()).isEqualTo(200);
    assertThat(names(response.json().path("components"))).contains("db", "camunda", "startup", "jobExecutor",
        "livenessState", "readinessState");
  }

  @Test
  void everythingElseUnderActuatorIsForAdministratorsOnly() {
    for (String path : List.of("/actuator", "/actuator/prometheus", "/actuator/health/db", "/actuator/health/camunda",
        "/actuator/health/readiness/db", "/actuator/nothing-here")) {
      Http.Response anonymous = http.basic(null, "GET", path, null);
      assertThat(anonymous.status()).as(path).isEqualTo(401);
      assertThat(anonymous.headers()).containsKey("www-authenticate");
      assertThat(anonymous.message()).isEqualTo("请先登录");
      Http.Response applicant = http.basic("applicant1", "GET", path, null);
      assertThat(applicant.status()).as(path).isEqualTo(403);
      assertThat(applicant.message()).isEqualTo("仅系统管理员可以查看运行监控数据");
      assertThat(http.basic("keji", "GET", path, null).status()).as(path).isEqualTo(403);
    }
    assertThat(http.basic("admin", "GET", "/actuator/health/db", null).status()).isEqualTo(200);
    assertThat(http.basic("admin", "GET", "/actuator", null).status()).isEqualTo(200);
  }

  @Test
  void aWebappSessionCountsAsALogin() {
    Http.WebappSession admin = http.login("admin", "cockpit");
    assertThat(admin.send("GET", "/actuator/prometheus", null, false).status()).isEqualTo(200);
    JsonNode readiness = admin.send("GET", "/actuator/health/readiness", null, false).json();
    assertThat(names(readiness.path("components"))).contains("startup");

    Http.WebappSession applicant = http.login("applicant1", "tasklist");
    assertThat(applicant.send("GET", "/actuator/prometheus", null, false).status()).isEqualTo(403);
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
