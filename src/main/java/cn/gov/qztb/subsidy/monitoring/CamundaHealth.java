package cn.gov.qztb.subsidy.monitoring;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/** Health {@code camunda}: the process engine answers a cheap query (its latest process definitions, counted). */
@Component("camundaHealthIndicator")
class CamundaHealth extends AbstractHealthIndicator {

  private final ProcessEngine engine;

  CamundaHealth(ProcessEngine engine) {
    super("流程引擎查询失败");
    this.engine = engine;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    long definitions = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().count();
    builder.up().withDetail("engine", engine.getName()).withDetail("processDefinitions", definitions);
  }
}
