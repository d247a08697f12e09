package cn.gov.qztb.subsidy.identity;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Installs {@link InternalNotesFilter} in front of every engine command. */
@Component
public class InternalNotesPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<Viewers> viewers;

  public InternalNotesPlugin(ObjectProvider<Viewers> viewers) {
    this.viewers = viewers;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new InternalNotesFilter(configuration, viewers));
  }
}
