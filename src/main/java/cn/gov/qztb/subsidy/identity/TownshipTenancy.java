package cn.gov.qztb.subsidy.identity;

import cn.gov.qztb.subsidy.program.FilingRejected;
import cn.gov.qztb.subsidy.reference.OfficialGroups;
import cn.gov.qztb.subsidy.workflow.ProcessVariables;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every application belongs to the Camunda tenant of its enterprise's township (the process
 * definitions are shared). A township's verifiers belong to that tenant alone, so the engine
 * keeps each township to its own applications while they read tasks through the programs'
 * definitions ({@link AccessRules#township}) instead of one authorization per task: the task
 * list's authorization check then joins a handful of rows, not one per open task of the
 * township (see docs/benchmarks.md). Also installs {@link EngineGrants}; {@link TenantRefusal} is installed with the other command
 * interceptors.
 */
@Component
public class TownshipTenancy extends AbstractProcessEnginePlugin implements TenantIdProvider {

  // resolved when an application starts: the plugin is needed before the engine, the memberships after it
  private final ObjectProvider<EnterpriseMemberships> memberships;
  private final ObjectProvider<OfficialGroups> officialGroups;

  public TownshipTenancy(ObjectProvider<EnterpriseMemberships> memberships, ObjectProvider<OfficialGroups> officialGroups) {
    this.memberships = memberships;
    this.officialGroups = officialGroups;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(this);
    configuration.setResourceAuthorizationProvider(new EngineGrants(officialGroups));
  }

  /** The township of the applicant's enterprise; none when there is no such enterprise (the start listener then refuses). */
  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
    String userId = Context.getCommandContext().getAuthenticatedUserId();
    if (userId == null && context.getVariables() != null) {
      Object applicant = context.getVariables().get(ProcessVariables.APPLICANT_USER_ID);
      userId = applicant instanceof String id ? id : null;
    }
    if (userId == null) {
      return null;
    }
    try {
      return memberships.getObject().enterpriseOf(userId).getTownshipCode();
    } catch (FilingRejected noEnterprise) {
      return null;
    }
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
    return context.getExecution() != null ? context.getExecution().getTenantId() : null;
  }
}
