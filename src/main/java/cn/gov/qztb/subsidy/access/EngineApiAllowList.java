package cn.gov.qztb.subsidy.access;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Which operations of Camunda's REST API each role may call, by the operationId of Camunda's
 * OpenAPI document. Everything else is refused (403) before it reaches the engine; what is
 * allowed is then checked by the engine's authorizations (whose data), by {@link EngineApiGate}'s
 * body rules (which variables, whose name) and by the processes (who decides).
 *
 * <ul>
 *   <li>Everyone logged in: their own profile and password, and Tasklist's reads of the tasks and
 *       applications the engine lets them see; claiming for themselves, completing with the form's
 *       fields, commenting on their own step.
 *   <li>Enterprise staff also start programs: at the start event, with nothing but the program.
 *   <li>Townships and units also read what Cockpit reads (the engine shows them their own), but
 *       not users, groups, tenants, authorizations, telemetry, metrics or stack traces.
 *   <li>Administrators: everything.
 * </ul>
 * Nobody but an administrator modifies instances, sets variables, correlates messages, throws
 * signals, deletes, suspends, deploys, handles attachments, makes filters or changes accounts.
 */
@Component
public class EngineApiAllowList {

  /** Every logged-in user, whatever their groups. */
  static final Set<String> SELF = Set.of("getProcessEngineNames", "getRestAPIVersion", "getUserProfile",
      "updateCredentials", "getGroupInfo", "getPasswordPolicy", "checkPassword", "isUserAuthorized");

  /** Tasklist: filters, tasks, forms, comments, the 历史 tab, and the applications behind the tasks. */
  static final Set<String> TASKLIST = Set.of(
      "filterResourceOptions", "getFilterList", "getFilterCount", "getSingleFilter", "executeFilterList", "postExecuteFilterList",
      "executeFilterCount", "postExecuteFilterCount", "executeFilterSingleResult", "postExecuteFilterSingleResult",
      "getTasks", "queryTasks", "getTasksCount", "queryTasksCount", "getTask", "getForm", "getDeployedForm",
      "getFormVariables", "getTaskVariables", "getTaskVariable", "getIdentityLinks",
      "claim", "unclaim", "complete", "submit",
      "getComments", "getComment", "createComment", "getProcessInstanceComments",
      "queryUserOperationEntries",
      "getProcessDefinitions", "getProcessDefinitionsCount", "getProcessDefinition", "getProcessDefinitionBpmn20Xml",
      "getProcessInstance", "getActivityInstanceTree", "getProcessInstanceVariables", "getProcessInstanceVariable",
      "getHistoricProcessInstance", "getHistoricProcessInstances", "getHistoricProcessInstancesCount",
      "queryHistoricProcessInstances", "queryHistoricProcessInstancesCount",
      "getHistoricVariableInstances", "queryHistoricVariableInstances", "getHistoricVariableInstancesCount",
      "queryHistoricVariableInstancesCount");

  /** Starting a program from Tasklist's 发起流程 or over REST. */
  static final Set<String> START = Set.of("startProcessInstance", "startProcessInstanceByKey", "submitForm",
      "submitFormByKey", "getStartForm", "getStartFormByKey", "getDeployedStartForm", "getDeployedStartFormByKey",
      "getStartFormVariables", "getStartFormVariablesByKey");

  /** Reads that are not for officials either: accounts, permissions, the server's own state. */
  static final Set<String> NOT_FOR_OFFICIALS = Set.of("queryAuthorizations", "getAuthorization",
      "getAuthorizationCount", "getUsers", "getUserCount", "getQueryGroups", "postQueryGroups", "getGroupCount",
      "queryGroupCount", "getGroup", "queryTenants", "getTenantCount", "getTenant", "getTelemetryConfiguration",
      "getTelemetryData", "getSchemaLog", "querySchemaLog", "getRegisteredDeployments",
      "getHistoryCleanupConfiguration", "findCleanupJob", "findCleanupJobs", "interval", "getMetrics",
      "getStacktrace", "getStacktraceHistoricJobLog", "getErrorDetailsHistoricExternalTaskLog",
      "getExternalTaskErrorDetails", "queryUserOperationCount");

  private final Map<Role, Set<String>> allowed = new EnumMap<>(Role.class);
  private final Set<String> all;

  public EngineApiAllowList(EngineApiOperations operations) {
    this.all = operations.all().stream().map(EngineApiOperation::id).collect(Collectors.toUnmodifiableSet());
    Set<String> officialReads = operations.all().stream().filter(EngineApiOperation::reads)
        .map(EngineApiOperation::id).filter(id -> !NOT_FOR_OFFICIALS.contains(id)).collect(Collectors.toSet());
    allowed.put(Role.ADMINISTRATOR, all);
    allowed.put(Role.ENTERPRISE, union(SELF, TASKLIST, START));
    allowed.put(Role.TOWNSHIP, union(SELF, TASKLIST, officialReads));
    allowed.put(Role.UNIT, union(SELF, TASKLIST, officialReads));
    Set<String> unknown = new HashSet<>(union(SELF, TASKLIST, START));
    unknown.removeAll(all);
    if (!unknown.isEmpty()) {
      throw new IllegalStateException("allow-list names operations Camunda's REST API does not have: " + unknown);
    }
  }

  /** May a caller with these roles call the operation? Without a role, only {@link #SELF}. */
  public boolean permits(Set<Role> roles, String operationId) {
    if (roles.isEmpty()) {
      return SELF.contains(operationId);
    }
    return roles.stream().anyMatch(role -> allowed.get(role).contains(operationId));
  }

  public Set<String> of(Role role) {
    return allowed.get(role);
  }

  @SafeVarargs
  private static Set<String> union(Collection<String>... sets) {
    Set<String> union = new HashSet<>();
    for (Collection<String> set : sets) {
      union.addAll(set);
    }
    return Set.copyOf(union);
  }
}
