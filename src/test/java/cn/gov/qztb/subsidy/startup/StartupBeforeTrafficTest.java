package cn.gov.qztb.subsidy.startup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.SubsidyApplication;
import cn.gov.qztb.subsidy.support.Http;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * A node takes no request before its seed data and programs are in place: the first request its
 * port answers (sent the moment the web server has started, before the application is ready)
 * finds the user and the program.
 */
class StartupBeforeTrafficTest {

  /** Camunda keeps engines in a JVM-wide registry by name: keep clear of the shared test context's "default". */
  static final String ENGINE = "startupOrderCheck";
  static final String START = "/engine-rest/engine/" + ENGINE + "/process-definition/key/noStopConstructionBonus/start";

  @Test
  void theFirstRequestThePortAnswersFindsTheProgramsAndUsers() {
    AtomicReference<Http.Response> first = new AtomicReference<>();
    ApplicationListener<ServletWebServerInitializedEvent> firstRequest = event ->
        first.compareAndSet(null, new Http(event.getWebServer().getPort()).basic("applicant1", "POST", START, Map.of()));

    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SubsidyApplication.class)
        .profiles("demo", "test")
        .listeners(firstRequest)
        .run("--server.port=0", "--camunda.bpm.process-engine-name=" + ENGINE)) {

      assertThat(first.get()).as("a request was sent as soon as the port was open").isNotNull();
      assertThat(first.get().status()).as("start as applicant1: " + first.get().body()).isEqualTo(200);
      assertThat(first.get().json().path("businessKey").asText()).startsWith("NSC-");

      SmartLifecycle webServer = context.getBean("webServerStartStop", SmartLifecycle.class);
      assertThat(context.getBean(StartupWork.class).getPhase()).isLessThan(webServer.getPhase());
    }
  }
}
