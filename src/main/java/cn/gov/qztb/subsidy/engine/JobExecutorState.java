package cn.gov.qztb.subsidy.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether this node runs jobs: the job executor is enabled ({@code camunda.bpm.job-execution.enabled},
 * on by default; the tests run jobs themselves) and running. Camunda's public API does not say
 * whether the engine's job executor runs; only this class sees its internal type.
 */
@Component
public class JobExecutorState {

  private final ProcessEngine engine;
  private final boolean enabled;

  public JobExecutorState(ProcessEngine engine, @Value("${camunda.bpm.job-execution.enabled:true}") boolean enabled) {
    this.engine = engine;
    this.enabled = enabled;
  }

  public boolean enabled() {
    return enabled;
  }

  /** Whether the engine's job executor acquires and runs jobs now. */
  public boolean active() {
    JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    return executor != null && executor.isActive();
  }
}
