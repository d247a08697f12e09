package cn.gov.qztb.subsidy.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.SubsidyApplication;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;

/** The prod profile: no demo data, no start without a real administrator password, logs as JSON lines. */
class ProductionProfileTest {

  /** The tests after these, in contexts started before them, log as text again (the JVM has one logging system). */
  @AfterAll
  static void logAsTextAgain() {
    LoggingSystem logging = LoggingSystem.get(ProductionProfileTest.class.getClassLoader());
    logging.cleanUp();
    logging.beforeInitialize();
    logging.initialize(new LoggingInitializationContext(new StandardEnvironment()), null, null);
  }

  @Test
  void refusesTheDemoPassword() {
    assertThatThrownBy(() -> start("demo").close()).hasMessageContaining("管理员密码不能使用演示值");
    assertThatThrownBy(() -> start("Demo").close()).hasMessageContaining("管理员密码不能使用演示值");
  }

  @Test
  void refusesAnUnsetPassword() {
    assertThatThrownBy(() -> start("").close()).hasMessageContaining("未设置管理员密码");
  }

  @Test
  void refusesToRunTogetherWithTheDemoProfile() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(SubsidyApplication.class).profiles("prod", "demo")
        .run("--subsidy.admin.password=Quanzhou#2024!", "--camunda.bpm.process-engine-name=prodProfileCheck").close())
        .hasMessageContaining("不能与演示环境（demo）同时启用");
  }

  @Test
  void refusesABusinessDate() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(SubsidyApplication.class).profiles("prod")
        .run("--subsidy.admin.password=Quanzhou#2024!", "--subsidy.business-date=2024-04-15",
            "--camunda.bpm.process-engine-name=prodProfileCheck").close())
        .hasMessageContaining("生产环境不能设定业务日期（subsidy.business-date=2024-04-15）");
  }

  @Test
  void startsWithAStrongPasswordAndLoadsNoDemoData() {
    try (ConfigurableApplicationContext context = start("Quanzhou#2024!")) {
      IdentityService identity = context.getBean(IdentityService.class);
      assertThat(identity.checkPassword("admin", "Quanzhou#2024!")).isTrue();
      assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").list()).extracting("id").containsExactly("admin");
      assertThat(identity.createUserQuery().userId("applicant1").count()).isZero();
      assertThat(identity.createUserQuery().count()).isEqualTo(1);
      assertThat(identity.createGroupQuery().groupId("townshipDongyuan").count()).isEqualTo(1);
    }
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void logsJsonLinesAndKeepsRefusalsOutOfTheEngineErrors(CapturedOutput output) {
    try (ConfigurableApplicationContext context = start("Quanzhou#2024!")) {
      Logger engineContext = LoggerFactory.getLogger("org.camunda.bpm.engine.context");
      engineContext.error("ENGINE-16004 Exception while closing command context: {}", "refused", Refusal.badInput("拒绝的填报"));
      engineContext.error("ENGINE-16004 Exception while closing command context: {}", "failed", new IllegalStateException("真正的故障"));
    }

    List<JsonNode> lines = jsonLines(output.getOut());
    assertThat(lines).as("JSON lines on the console").isNotEmpty();
    JsonNode seeded = lines.stream().filter(line -> line.path("message").asText().startsWith("Seed data loaded"))
        .findFirst().orElseThrow(() -> new AssertionError("no JSON line for the seed data in:\n" + output.getOut()));
    assertThat(seeded.path("log").path("level").asText()).isEqualTo("INFO");
    assertThat(seeded.path("log").path("logger").asText()).isEqualTo(StartupData.class.getName());
    assertThat(seeded.path("service").path("name").asText()).isEqualTo("qztb-subsidy");
    assertThat(seeded.has("@timestamp")).isTrue();
    assertThat(lines).as("a real engine error is logged")
        .anyMatch(line -> line.path("message").asText().endsWith("failed") && line.path("log").path("level").asText().equals("ERROR"));
    assertThat(output.getOut()).as("the refusal is not logged as an engine error (RefusalLogFilter)").doesNotContain("拒绝的填报");
    assertThat(output.getOut().lines().filter(line -> line.contains("Seed data loaded")))
        .as("no line of the application's log in another format").allMatch(line -> line.startsWith("{"));
  }

  private static List<JsonNode> jsonLines(String out) {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> lines = new ArrayList<>();
    out.lines().filter(line -> line.startsWith("{")).forEach(line -> {
      try {
        lines.add(json.readTree(line));
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + line, e);
      }
    });
    return lines;
  }

  /** Settings as command-line arguments, the way an operator passes them (they outrank application.yaml). */
  private static ConfigurableApplicationContext start(String adminPassword) {
    return new SpringApplicationBuilder(SubsidyApplication.class)
        .profiles("prod")
        .run("--subsidy.admin.password=" + adminPassword,
            "--spring.datasource.url=jdbc:h2:mem:prod-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
            "--server.port=0",
            "--camunda.bpm.job-execution.enabled=false",
            // Camunda keeps engines in a JVM-wide registry by name: keep clear of the shared test context's "default"
            "--camunda.bpm.process-engine-name=prodProfileCheck",
            // and its webapps keep JVM-wide state (their plugin registries) that closing them clears for every other
            // context in the JVM, whose webapp APIs then fail on their first request
            "--camunda.bpm.webapp.enabled=false");
  }
}
