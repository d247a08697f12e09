package cn.gov.qztb.subsidy.monitoring;

import cn.gov.qztb.subsidy.startup.StartupWork;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/** Health {@code startup}: this node has loaded the seed data and deployed the programs. */
@Component("startupHealthIndicator")
class StartupHealth extends AbstractHealthIndicator {

  private final StartupWork startup;

  StartupHealth(StartupWork startup) {
    this.startup = startup;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    startup.outcome().ifPresentOrElse(
        done -> builder.up()
            .withDetail("finishedAt", done.finishedAt().toString())
            .withDetail("deploymentsMade", done.deploymentsMade()),
        () -> builder.down().withDetail("reason", "初始数据加载和流程部署尚未完成"));
  }
}
