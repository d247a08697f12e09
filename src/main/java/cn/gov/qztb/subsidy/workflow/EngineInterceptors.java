package cn.gov.qztb.subsidy.workflow;

import cn.gov.qztb.subsidy.identity.TenantRefusal;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Installs {@link TaskRaceInterceptor}, {@link UnchangedDeploymentFilter} and {@link TenantRefusal}
 * around every engine command (outside its transaction).
 */
@Component
public class EngineInterceptors extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new TaskRaceInterceptor(configuration));
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new UnchangedDeploymentFilter());
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new TenantRefusal());
  }
}
