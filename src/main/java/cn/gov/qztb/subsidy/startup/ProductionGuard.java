package cn.gov.qztb.subsidy.startup;

import cn.gov.qztb.subsidy.identity.AdminSettings;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * In the {@code prod} profile the application refuses to start while the administrator password
 * is unset, a demo value or too short, or when the demo profile is active too.
 */
@Component
@Profile("prod")
public class ProductionGuard {

  public ProductionGuard(AdminSettings admin, Environment environment) {
    if (environment.acceptsProfiles(Profiles.of("demo"))) {
      throw new IllegalStateException("生产环境（prod）不能与演示环境（demo）同时启用 / prod and demo profiles must not be active together");
    }
    String problem = admin.passwordProblem();
    if (problem != null) {
      throw new IllegalStateException(problem + "，系统拒绝启动 / refusing to start: set SUBSIDY_ADMIN_PASSWORD to a strong password");
    }
  }
}
