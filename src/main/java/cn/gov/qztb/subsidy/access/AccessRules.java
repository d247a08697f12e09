package cn.gov.qztb.subsidy.access;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import cn.gov.qztb.subsidy.TransactionMemo;
import cn.gov.qztb.subsidy.engine.EngineAccess;
import cn.gov.qztb.subsidy.engine.SystemAccess;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Who may do what, as Camunda authorizations (checks are on; see application.yaml):
 * <ul>
 *   <li>administrators ({@code camunda-admin}): everything, and they alone deploy and grant;
 *   <li>enterprise staff: start the programs; read their enterprise's applications (granted per
 *       instance when it starts) and work the tasks the process gives their group;
 *   <li>township verifiers: work the verification tasks of their enterprises (candidate group);
 *       read their township's applications, tasks and history, through the programs'
 *       definitions, kept to their own township by its tenant ({@link TownshipTenancy});
 *   <li>unit approvers: the approval tasks of their programs (candidate group) and every
 *       instance, task and history of those programs, read-only, in Cockpit.
 * </ul>
 * Every grant is made once: an existing authorization is extended, never duplicated.
 */
@Component
public class AccessRules {

  public static final String TASKLIST = "tasklist";
  public static final String COCKPIT = "cockpit";

  private final AuthorizationService authorizations;
  private final IdentityService identity;

  public AccessRules(AuthorizationService authorizations, IdentityService identity) {
    this.authorizations = authorizations;
    this.identity = identity;
  }

  /**
   * Clause 18's offer to a contractor from another township lies in the project's township (its
   * verifiers see it): the enterprise joins that tenant too. It still reads only what it is granted.
   */
  public void alsoInTownship(String tenantId, String enterpriseGroup) {
    SystemAccess.run(() -> {
      if (identity.createTenantQuery().tenantId(tenantId).groupMember(enterpriseGroup).count() == 0) {
        identity.createTenantGroupMembership(tenantId, enterpriseGroup);
      }
      return null;
    });
  }

  public void administrators() {
    for (Resources resource : Resources.values()) {
      grantGroup(EngineAccess.ADMIN_GROUP, resource, ANY, Permissions.ALL);
    }
  }

  /**
   * Everyone logged in may open Tasklist and see the shared filters. Only administrators make
   * filters (earlier versions let everyone: that grant is taken back).
   */
  public void everyone(Iterable<String> filterIds) {
    grantEveryone(Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
    revokeFromEveryone(Resources.FILTER, ANY, Permissions.CREATE);
    filterIds.forEach(id -> grantEveryone(Resources.FILTER, id, Permissions.READ));
  }

  /**
   * Users made by earlier versions hold Camunda's default ALL on themselves: cut to read and
   * change their password ({@link EngineGrants#newUser}), so nobody deletes or renames themselves.
   */
  public void usersOnThemselves() {
    for (Authorization own : authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .resourceType(Resources.USER).hasPermission(Permissions.DELETE).list()) {
      if (own.getUserId() != null && own.getUserId().equals(own.getResourceId())) {
        own.setPermissions(new Permission[] {Permissions.READ, Permissions.UPDATE});
        authorizations.saveAuthorization(own);
      }
    }
  }

  public void enterprise(String groupId, Iterable<String> programKeys) {
    grantGroup(groupId, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    programKeys.forEach(key -> grantGroup(groupId, Resources.PROCESS_DEFINITION, key,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE));
  }

  /**
   * Verifiers see the programs' names and diagrams and read their applications, tasks and
   * history: through the definitions, and only their own township's, which its tenant sees to.
   */
  public void township(String groupId, Iterable<String> programKeys) {
    programKeys.forEach(key -> grantGroup(groupId, Resources.PROCESS_DEFINITION, key,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_HISTORY));
  }

  /** A data holder's staff import its datasets on Cockpit's 数据导入 page, and read no process. */
  public void dataHolder(String groupId) {
    grantGroup(groupId, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
  }

  /** A unit follows the programs it approves or certifies, read-only, in Cockpit. */
  public void unit(String groupId, Iterable<String> programKeys) {
    grantGroup(groupId, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
    programKeys.forEach(key -> grantGroup(groupId, Resources.PROCESS_DEFINITION, key,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_HISTORY));
  }

  /**
   * When an application starts: its enterprise may read it and its history. (Its township reads
   * it through the program's definition, within the township's tenant.) Runs inside the
   * applicant's command, who may not grant anything, so checks are suspended.
   */
  public void application(String processInstanceId, String enterpriseGroup) {
    SystemAccess.run(() -> {
      // a new instance has no authorizations yet: no need to look for one to extend
      save(newAuthorization(AUTH_TYPE_GRANT, enterpriseGroup, Resources.PROCESS_INSTANCE, processInstanceId),
          ProcessInstancePermissions.READ);
      save(newAuthorization(AUTH_TYPE_GRANT, enterpriseGroup, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId),
          HistoricProcessInstancePermissions.READ);
      return null;
    });
  }

  private void grantEveryone(Resource resource, String resourceId, Permission permission) {
    Authorization existing = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL)
        .resourceType(resource).resourceId(resourceId).singleResult();
    save(existing != null ? existing : newAuthorization(AUTH_TYPE_GLOBAL, null, resource, resourceId), permission);
  }

  /**
   * Task grants of earlier versions are UPDATE, which also lets the assignee set variables, reassign
   * the task or add candidates: cut to TASK_WORK (claim and complete), as new tasks get.
   */
  public void tasksWorkOnly() {
    for (Authorization grant : authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .resourceType(Resources.TASK).hasPermission(Permissions.UPDATE).list()) {
      if (!ANY.equals(grant.getResourceId())) {
        grant.removePermission(Permissions.UPDATE);
        grant.addPermission(Permissions.TASK_WORK);
        authorizations.saveAuthorization(grant);
      }
    }
  }

  private void revokeFromEveryone(Resource resource, String resourceId, Permission permission) {
    Authorization existing = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL)
        .resourceType(resource).resourceId(resourceId).singleResult();
    if (existing != null && existing.isPermissionGranted(permission)) {
      existing.removePermission(permission);
      authorizations.saveAuthorization(existing);
    }
  }

  private void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Map<String, Authorization> standing = TransactionMemo.get("standingGrants", this::standingGrants);
    String key = key(groupId, resource.resourceType(), resourceId);
    Authorization authorization = standing.computeIfAbsent(key,
        k -> newAuthorization(AUTH_TYPE_GRANT, groupId, resource, resourceId));
    save(authorization, permissions);
  }

  /**
   * The standing group grants there are (on applications, definitions, instances in general, and
   * everything the administrators hold), read in four queries rather than one per grant: seeding
   * looks at some hundred of them.
   */
  private Map<String, Authorization> standingGrants() {
    List<Authorization> found = new ArrayList<>();
    found.addAll(authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(EngineAccess.ADMIN_GROUP).list());
    found.addAll(authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .resourceType(Resources.APPLICATION).list());
    found.addAll(authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .resourceType(Resources.PROCESS_DEFINITION).list());
    found.addAll(authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .resourceType(Resources.PROCESS_INSTANCE).resourceId(ANY).list());
    Map<String, Authorization> standing = new HashMap<>();
    for (Authorization authorization : found) {
      if (authorization.getGroupId() != null) {
        standing.put(key(authorization.getGroupId(), authorization.getResourceType(), authorization.getResourceId()),
            authorization);
      }
    }
    return standing;
  }

  private static String key(String groupId, int resourceType, String resourceId) {
    return groupId + "|" + resourceType + "|" + resourceId;
  }

  private Authorization newAuthorization(int type, String groupId, Resource resource, String resourceId) {
    Authorization authorization = authorizations.createNewAuthorization(type);
    if (type == AUTH_TYPE_GLOBAL) {
      authorization.setUserId(ANY);
    } else {
      authorization.setGroupId(groupId);
    }
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    return authorization;
  }

  private void save(Authorization authorization, Permission... permissions) {
    if (authorization.getId() != null && Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
      return;
    }
    Arrays.stream(permissions).forEach(authorization::addPermission);
    authorizations.saveAuthorization(authorization);
  }
}
