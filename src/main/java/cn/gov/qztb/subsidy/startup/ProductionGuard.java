package cn.gov.qztb.subsidy.startup;

import cn.gov.qztb.subsidy.identity.AdminSettings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * In the {@code prod} profile the application refuses to start, before it touches the database,
 * while the administrator password is unset, a demo value or too short, or when the demo
 * profile is active too. Registered in META-INF/spring.factories.
 */
public class ProductionGuard implements EnvironmentPostProcessor, Ordered {

  /** After application.yaml and the profile files have been read. */
  @Override
  public int getOrder() {
    return ConfigDataEnvironmentPostProcessor.ORDER + 1;
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.acceptsProfiles(Profiles.of("prod"))) {
      return;
    }
    if (environment.acceptsProfiles(Profiles.of("demo"))) {
      throw new IllegalStateException("生产环境（prod）不能与演示环境（demo）同时启用 / prod and demo profiles must not be active together");
    }
    AdminSettings admin = Binder.get(environment).bind("subsidy.admin", AdminSettings.class)
        .orElse(new AdminSettings("admin", null));
    String problem = admin.passwordProblem();
    if (problem != null) {
      throw new IllegalStateException(problem + "，系统拒绝启动 / refusing to start: set SUBSIDY_ADMIN_PASSWORD to a strong password");
    }
  }
}
