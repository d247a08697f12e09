package cn.gov.qztb.subsidy.engine;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Every customisation of the engine, installed here and nowhere else, in this order:
 * <ol>
 *   <li>expressions see only the processes' beans ({@link ProcessBeans});
 *   <li>applications go to their township's tenant ({@link TenantIds});
 *   <li>the engine's own grants ({@link EngineGrants});
 *   <li>authorization checks without the scan of all group ids ({@link SmallGroupLists});
 *   <li>command interceptors, outermost first: a lost race to complete a task is one clear
 *       refusal ({@link TaskRaceInterceptor}); named deployments are filtered for duplicates
 *       ({@link UnchangedDeploymentFilter}); tenant refusals are refusals of access
 *       ({@link TenantRefusal}); attachments are refused ({@link AttachmentRefusal}); applicants
 *       do not read officials' notes ({@link InternalNotesFilter});
 *   <li>once the engine is built: our indexes on its tables ({@link CamundaIndexes}).
 * </ol>
 * The Camunda internals all of this relies on are pinned by {@code EngineInternalsTest}.
 */
@Component
public class SubsidyEnginePlugin extends AbstractProcessEnginePlugin {

  private final ApplicationContext context;
  private final ObjectProvider<EngineAccess> access;
  private final DataSource dataSource;

  public SubsidyEnginePlugin(ApplicationContext context, ObjectProvider<EngineAccess> access, DataSource dataSource) {
    this.context = context;
    this.access = access;
    this.dataSource = dataSource;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ProcessBeans.install(configuration, context);
    configuration.setTenantIdProvider(new TenantIds(access));
    configuration.setResourceAuthorizationProvider(new EngineGrants(access));
    if (configuration.getCustomSessionFactories() == null) {
      configuration.setCustomSessionFactories(new ArrayList<>());
    }
    configuration.getCustomSessionFactories().add(SmallGroupLists.factory());
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().addAll(interceptors(configuration));
  }

  List<CommandInterceptor> interceptors(ProcessEngineConfigurationImpl configuration) {
    return List.of(
        new TaskRaceInterceptor(configuration),
        new UnchangedDeploymentFilter(),
        new TenantRefusal(),
        new AttachmentRefusal(configuration),
        new InternalNotesFilter(configuration, access));
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    CamundaIndexes.migrate(dataSource);
  }
}
