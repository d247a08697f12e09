package cn.gov.qztb.subsidy.monitoring;

import static cn.gov.qztb.subsidy.support.Filings.bureau;
import static cn.gov.qztb.subsidy.support.Filings.noStopConstruction;
import static cn.gov.qztb.subsidy.support.Filings.township;
import static cn.gov.qztb.subsidy.support.Filings.uniqueProjectCode;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.Filings;
import cn.gov.qztb.subsidy.support.Http;
import cn.gov.qztb.subsidy.support.ProcessTest;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** /actuator/prometheus: administrators only, with the engine's and the programs' figures as the database has them. */
@ProcessTest
class PrometheusEndpointTest {

  static final String PROGRAM = "noStopConstructionBonus";

  @LocalServerPort int port;
  @Autowired ApplicationDriver driver;
  @Autowired JdbcTemplate jdbc;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  Http http;

  @BeforeEach
  void connect() {
    http = new Http(port);
  }

  @Test
  void onlyAnAdministratorReadsTheMetrics() {
    Http.Response anonymous = http.basic(null, "GET", "/actuator/prometheus", null);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.body()).doesNotContain("subsidy_");

    Http.Response applicant = http.basic("applicant1", "GET", "/actuator/prometheus", null);
    assertThat(applicant.status()).isEqualTo(403);
    assertThat(applicant.body()).doesNotContain("subsidy_");

    Http.Response admin = http.basic("admin", "GET", "/actuator/prometheus", null);
    assertThat(admin.status()).isEqualTo(200);
    assertThat(admin.body()).contains("subsidy_applications{", "subsidy_filings{", "subsidy_awards{",
        "subsidy_awards_amount_yuan{", "subsidy_refusals_total{",
        "camunda_jobs_executable ", "camunda_incidents_open ", "jvm_memory_used_bytes", "hikaricp_connections");
  }

  @Test
  void anAwardShowsInTheProgramsFigures() {
    ProcessInstance instance = driver.start(PROGRAM, "applicant2");
    driver.complete(instance, "filing", "applicant2", noStopConstruction(uniqueProjectCode()));
    driver.complete(instance, "townshipVerification", "dongyuan", township("APPROVE", null));
    driver.complete(instance, "bureauApproval", "keji", bureau("APPROVE", null));
    assertThat(driver.runJobs(instance)).isEqualTo(1);

    PrometheusSamples samples = scrape();

    Map<String, String> program = Map.of("program", PROGRAM);
    BigDecimal amount = jdbc.queryForObject("select sum(amount) from award where program_key = ?", BigDecimal.class, PROGRAM);
    long awards = count("select count(*) from award where program_key = ?");
    assertThat(amount).isGreaterThanOrEqualTo(new BigDecimal("30000.00"));
    assertThat(samples.valueOf("subsidy_awards_amount_yuan", program)).isEqualTo(amount.doubleValue());
    assertThat(samples.valueOf("subsidy_awards", program)).isEqualTo(awards).isGreaterThanOrEqualTo(1);
    assertThat(samples.valueOf("subsidy_applications", Map.of("program", PROGRAM, "status", "APPROVED")))
        .isEqualTo(count("select count(*) from application where program_key = ? and status = 'APPROVED'"));
    assertThat(samples.valueOf("subsidy_filings", program))
        .isEqualTo(count("select count(*) from application where program_key = ? and status <> 'DRAFT'"));
    assertThat(samples.valueOf("subsidy_awards_amount_yuan", Map.of("program", "gasPriceDiscount")))
        .isEqualTo(jdbc.queryForObject("select coalesce(sum(amount), 0) from award where program_key = 'gasPriceDiscount'",
            BigDecimal.class).doubleValue());
  }

  @Test
  void theJobBacklogAndOpenIncidentsAreTheEnginesCounts() {
    ProcessInstance instance = driver.start(PROGRAM, "applicant2");
    driver.complete(instance, "filing", "applicant2", noStopConstruction(uniqueProjectCode()));
    driver.complete(instance, "townshipVerification", "dongyuan", township("APPROVE", null));
    driver.complete(instance, "bureauApproval", "keji", bureau("APPROVE", null));
    // the ledger job waits: the tests' job executor is off

    PrometheusSamples samples = scrape();

    long backlog = management.createJobQuery().executable().count();
    assertThat(backlog).isGreaterThanOrEqualTo(1);
    assertThat(samples.valueOf("camunda_jobs_executable", Map.of())).isEqualTo(backlog);
    assertThat(samples.valueOf("camunda_incidents_open", Map.of())).isEqualTo(runtime.createIncidentQuery().count());
    assertThat(samples.value("camunda_engine_metrics_total", Map.of()))
        .as("the tests turn Camunda's meters off (camunda.bpm.metrics.enabled); StartupBeforeTrafficTest reads them").isEmpty();
    driver.runJobs(instance);
  }

  @Test
  void aRefusalAnsweredOverRestIsCountedByKind() {
    Map<String, String> badInput = Map.of("kind", "bad_input");
    double before = scrape().valueOf("subsidy_refusals_total", badInput);
    double conflictsBefore = scrape().valueOf("subsidy_refusals_total", Map.of("kind", "conflict"));
    ProcessInstance instance = driver.start(PROGRAM, "applicant2");
    String taskId = driver.task(instance, "filing").getId();

    Http.Response refused = http.basic("applicant2", "POST", "/engine-rest/task/" + taskId + "/submit-form",
        Map.of("variables", Http.variables(Filings.with(noStopConstruction(uniqueProjectCode()), "workersDay4", -1))));

    assertThat(refused.status()).isEqualTo(400);
    PrometheusSamples after = scrape();
    assertThat(after.valueOf("subsidy_refusals_total", badInput)).isEqualTo(before + 1);
    assertThat(after.valueOf("subsidy_refusals_total", Map.of("kind", "conflict"))).isEqualTo(conflictsBefore);
  }

  private PrometheusSamples scrape() {
    Http.Response response = http.basic("admin", "GET", "/actuator/prometheus", null);
    assertThat(response.status()).isEqualTo(200);
    return new PrometheusSamples(response.body());
  }

  private long count(String sql) {
    return jdbc.queryForObject(sql, Long.class, PROGRAM);
  }
}
