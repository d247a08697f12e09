package cn.gov.qztb.subsidy.monitoring;

import cn.gov.qztb.subsidy.engine.JobExecutorState;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Health {@code jobExecutor}: where the job executor is enabled (camunda.bpm.job-execution.enabled,
 * as in the demo and in production) it runs; a node where it is disabled is not held back by it.
 * Replaces Camunda's own indicators (management.health.camunda.enabled: false), which exist only
 * where the job executor is enabled and run no query.
 */
@Component("jobExecutorHealthIndicator")
class JobExecutorHealth extends AbstractHealthIndicator {

  private final JobExecutorState jobExecutor;

  JobExecutorHealth(JobExecutorState jobExecutor) {
    this.jobExecutor = jobExecutor;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    boolean active = jobExecutor.active();
    if (!jobExecutor.enabled() || active) {
      builder.up();
    } else {
      builder.down().withDetail("reason", "作业执行器已启用但未运行");
    }
    builder.withDetail("enabled", jobExecutor.enabled()).withDetail("active", active);
  }
}
