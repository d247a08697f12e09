package cn.gov.qztb.subsidy.identity;

import java.util.Locale;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The administrator created at startup outside the demo profile ({@code subsidy.admin.*}; the
 * password comes from SUBSIDY_ADMIN_PASSWORD).
 */
@ConfigurationProperties("subsidy.admin")
public record AdminSettings(String user, String password) {

  static final Set<String> DEMO_VALUES = Set.of("demo", "admin", "camunda", "password", "123456", "changeme");
  static final int MIN_LENGTH = 8;

  public boolean passwordGiven() {
    return password != null && !password.isBlank();
  }

  /** Why the password may not be used in production, or null when it may. */
  public String passwordProblem() {
    if (!passwordGiven()) {
      return "未设置管理员密码（环境变量SUBSIDY_ADMIN_PASSWORD）";
    }
    if (DEMO_VALUES.contains(password.strip().toLowerCase(Locale.ROOT))) {
      return "管理员密码不能使用演示值";
    }
    if (password.length() < MIN_LENGTH) {
      return "管理员密码不能少于" + MIN_LENGTH + "位";
    }
    return null;
  }
}
