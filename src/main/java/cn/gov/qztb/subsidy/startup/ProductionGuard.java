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
 * profile is active too, or when a business date (subsidy.business-date) is set: production
 * judges filing windows and editions by the real date. Registered in META-INF/spring.factories.
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
    String businessDate = environment.getProperty("subsidy.business-date");
    if (businessDate != null && !businessDate.isBlank()) {
      throw new IllegalStateException("生产环境不能设定业务日期（subsidy.business-date=" + businessDate
          + "），须按实际日期受理 / prod must not set subsidy.business-date");
    }
    AdminSettings admin = Binder.get(environment).bind("subsidy.admin", AdminSettings.class)
        .orElse(new AdminSettings("admin", null));
    String problem = admin.passwordProblem();
    if (problem != null) {
      throw new IllegalStateException(problem + "，系统拒绝启动 / refusing to start: set SUBSIDY_ADMIN_PASSWORD to a strong password");
    }
  }
}
