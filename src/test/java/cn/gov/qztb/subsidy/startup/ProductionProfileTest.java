package cn.gov.qztb.subsidy.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.qztb.subsidy.SubsidyApplication;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The prod profile: no demo data, and no start without a real administrator password. */
class ProductionProfileTest {

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

  /** Settings as command-line arguments, the way an operator passes them (they outrank application.yaml). */
  private static ConfigurableApplicationContext start(String adminPassword) {
    return new SpringApplicationBuilder(SubsidyApplication.class)
        .profiles("prod")
        .run("--subsidy.admin.password=" + adminPassword,
            "--spring.datasource.url=jdbc:h2:mem:prod-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
            "--server.port=0",
            "--camunda.bpm.job-execution.enabled=false",
            // Camunda keeps engines in a JVM-wide registry by name: keep clear of the shared test context's "default"
            "--camunda.bpm.process-engine-name=prodProfileCheck");
  }
}
