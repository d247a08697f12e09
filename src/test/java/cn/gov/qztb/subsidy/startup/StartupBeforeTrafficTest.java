package cn.gov.qztb.subsidy.startup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.SubsidyApplication;
import cn.gov.qztb.subsidy.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * A node takes no request before its seed data and programs are in place: the first requests its
 * port answers (sent the moment the web server has started, before the application is ready) find
 * the users and the programs. The node is configured as the demo and production run it, job executor
 * and Camunda's meters on, so readiness waits for the job executor too.
 */
class StartupBeforeTrafficTest {

  /** Camunda keeps engines in a JVM-wide registry by name: keep clear of the shared test context's "default". */
  static final String ENGINE = "startupOrderCheck";
  static final String START = "/engine-rest/engine/" + ENGINE + "/process-definition/key/noStopConstructionBonus/start";

  /** What the port answered while the application was still starting. */
  record FirstAnswers(Http.Response start, Http.Response readiness) {}

  @Test
  void theFirstRequestsThePortAnswersFindTheProgramsAndUsersAndReadinessWaitsForTheRest() {
    AtomicReference<FirstAnswers> first = new AtomicReference<>();
    ApplicationListener<ServletWebServerInitializedEvent> firstRequests = event -> {
      Http http = new Http(event.getWebServer().getPort());
      first.compareAndSet(null, new FirstAnswers(
          http.basic("applicant1", "POST", START, Map.of()),
          http.basic(null, "GET", "/actuator/health/readiness", null)));
    };

    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SubsidyApplication.class)
        .profiles("demo", "test")
        .listeners(firstRequests)
        .run("--server.port=0", "--camunda.bpm.process-engine-name=" + ENGINE,
            "--camunda.bpm.job-execution.enabled=true", "--camunda.bpm.metrics.enabled=true",
            // Camunda's webapps keep JVM-wide state (their plugin registries) that closing them clears for every
            // other context in the JVM, whose webapp APIs then fail on their first request
            "--camunda.bpm.webapp.enabled=false")) {

      assertThat(first.get()).as("requests were sent as soon as the port was open").isNotNull();
      Http.Response start = first.get().start();
      assertThat(start.status()).as("start as applicant1: " + start.body()).isEqualTo(200);
      assertThat(start.json().path("businessKey").asText()).startsWith("NSC-");
      assertThat(first.get().readiness().status()).as("not ready before the application is").isEqualTo(503);

      SmartLifecycle webServer = context.getBean("webServerStartStop", SmartLifecycle.class);
      assertThat(context.getBean(StartupWork.class).getPhase()).isLessThan(webServer.getPhase());

      Http http = new Http(context.getEnvironment().getProperty("local.server.port", Integer.class));
      Http.Response readiness = http.basic("admin", "GET", "/actuator/health/readiness", null);
      assertThat(readiness.status()).isEqualTo(200);
      JsonNode jobExecutor = readiness.json().path("components").path("jobExecutor");
      assertThat(jobExecutor.path("status").asText()).isEqualTo("UP");
      assertThat(jobExecutor.path("details").path("enabled").asBoolean()).isTrue();
      assertThat(jobExecutor.path("details").path("active").asBoolean()).isTrue();

      ManagementService management = context.getBean(ManagementService.class);
      management.reportDbMetricsNow();
      String metrics = http.basic("admin", "GET", "/actuator/prometheus", null).body();
      long started = management.createMetricsQuery().name("root-process-instance-start").sum();
      assertThat(started).as("the application started while the node was starting").isGreaterThanOrEqualTo(1);
      assertThat(metrics).contains("camunda_engine_metrics_total{metric=\"root-process-instance-start\"} " + (double) started);
    }
  }
}
