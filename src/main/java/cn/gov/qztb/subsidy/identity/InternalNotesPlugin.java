package cn.gov.qztb.subsidy.identity;

import cn.gov.qztb.subsidy.reference.EnterpriseRepository;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Installs {@link InternalNotesFilter} and {@link AttachmentRefusal} in front of every engine command. */
@Component
public class InternalNotesPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<Viewers> viewers;
  private final ObjectProvider<EnterpriseRepository> enterprises;

  public InternalNotesPlugin(ObjectProvider<Viewers> viewers, ObjectProvider<EnterpriseRepository> enterprises) {
    this.viewers = viewers;
    this.enterprises = enterprises;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new AttachmentRefusal(configuration));
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new InternalNotesFilter(configuration, viewers, enterprises));
  }
}
