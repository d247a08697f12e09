package cn.gov.qztb.subsidy.engine;

import java.util.Arrays;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The authorizations the engine grants by itself, Camunda's defaults except:
 * <ul>
 *   <li><b>Tasks of township and unit groups</b> (乡镇核实, 部门审批, 重点企业认定): those groups read
 *       tasks and history through the program's definition, within their tenants
 *       ({@link TownshipTenancy}), so their candidate group gets only the right to work the task,
 *       and neither the group nor the official who claims it gets a grant on its history. Per-task
 *       READ rows for them would make every task list query join all of the group's open tasks
 *       with each other. Enterprise groups and users keep Camunda's per-task grants: they read
 *       nothing else. Whether a group is an official one is taken from the reference data, never
 *       from a process variable.
 *   <li><b>Users</b> may read themselves and change their password (UPDATE), but not delete
 *       themselves (Camunda gives ALL).
 *   <li><b>Filters</b> belong to the user they are made for: nobody makes a filter owned by someone
 *       else, and the owner may only read it (Camunda gives ALL).
 * </ul>
 * Task grants are TASK_WORK, not UPDATE ({@code defaultUserPermissionNameForTask}): claim and
 * complete, never set variables, reassign or add candidates.
 */
class EngineGrants extends DefaultAuthorizationProvider {

  private final ObjectProvider<EngineAccess> access;

  EngineGrants(ObjectProvider<EngineAccess> access) {
    this.access = access;
  }

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    AuthorizationEntity[] grants = super.newTaskGroupIdentityLink(task, groupId, type);
    if (grants == null || !access.getObject().isOfficialGroup(groupId)) {
      return grants;
    }
    AuthorizationEntity[] work = runtimeOnly(grants);
    for (AuthorizationEntity grant : work) {
      grant.removePermission(Permissions.READ);
    }
    return work;
  }

  /** The assignee, owner or candidate user of a task. */
  @Override
  protected AuthorizationEntity[] createOrUpdateAuthorizationsByUserId(Task task, String userId) {
    AuthorizationEntity[] grants = super.createOrUpdateAuthorizationsByUserId(task, userId);
    return grants != null && officialTask(task) ? runtimeOnly(grants) : grants;
  }

  @Override
  public AuthorizationEntity[] newUser(User user) {
    return new AuthorizationEntity[] {
        createGrantAuthorization(user.getId(), null, Resources.USER, user.getId(), Permissions.READ, Permissions.UPDATE)};
  }

  @Override
  public AuthorizationEntity[] newFilter(Filter filter) {
    String owner = filter.getOwner();
    if (owner == null) {
      return null;
    }
    String creator = Context.getCommandContext().getAuthenticatedUserId();
    if (creator != null && !creator.equals(owner)) {
      throw new AuthorizationException("不能创建属于其他用户（" + owner + "）的过滤器");
    }
    return new AuthorizationEntity[] {
        createGrantAuthorization(owner, null, Resources.FILTER, filter.getId(), Permissions.READ)};
  }

  private static AuthorizationEntity[] runtimeOnly(AuthorizationEntity[] grants) {
    return Arrays.stream(grants).filter(grant -> grant.getResourceType() == Resources.TASK.resourceType())
        .toArray(AuthorizationEntity[]::new);
  }

  private boolean officialTask(Task task) {
    return task instanceof TaskEntity entity && entity.getIdentityLinks().stream()
        .anyMatch(link -> link.getGroupId() != null && access.getObject().isOfficialGroup(link.getGroupId()));
  }
}
