package cn.gov.qztb.subsidy.engine;

import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Every application belongs to the Camunda tenant of its enterprise's township (the process
 * definitions are shared). A township's verifiers belong to that tenant alone, so the engine
 * keeps each township to its own applications while they read tasks through the programs'
 * definitions instead of one authorization per task: the task list's authorization check then
 * joins a handful of rows, not one per open task of the township (see docs/benchmarks.md).
 */
class TenantIds implements TenantIdProvider {

  /** The variable a system start names its applicant in (no user is logged in then). */
  static final String APPLICANT_VARIABLE = "applicantUserId";

  // resolved when an application starts: the engine is built before the application's beans
  private final ObjectProvider<EngineAccess> access;

  TenantIds(ObjectProvider<EngineAccess> access) {
    this.access = access;
  }

  /** The township of the applicant's enterprise; none when there is no such enterprise (the start listener then refuses). */
  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
    if (SystemStart.tenant() != null) {
      return SystemStart.tenant();
    }
    String userId = Context.getCommandContext().getAuthenticatedUserId();
    if (userId == null && context.getVariables() != null) {
      Object applicant = context.getVariables().get(APPLICANT_VARIABLE);
      userId = applicant instanceof String id ? id : null;
    }
    return userId == null ? null : access.getObject().tenantOf(userId);
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
