package cn.gov.qztb.subsidy.identity;

import cn.gov.qztb.subsidy.workflow.ProcessVariables;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda's default task authorizations, except on the tasks of township and unit groups
 * (乡镇核实, 部门审批, 重点企业认定): those groups read tasks and history through the program's
 * definition, within their tenants ({@link TownshipTenancy}), so their candidate group gets only
 * the right to work the task, and neither the group nor the official who claims it gets a grant
 * on its history. Per-task READ rows for them would make every task list query join all of the
 * group's open tasks with each other, and per-task history rows would grow that query's
 * authorization scan with every year of applications. Enterprise groups and users keep Camunda's
 * per-task grants: they read nothing else.
 */
class TaskGrants extends DefaultAuthorizationProvider {

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    AuthorizationEntity[] grants = super.newTaskGroupIdentityLink(task, groupId, type);
    if (grants == null || !readsThroughDefinition(task, groupId)) {
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

  private static AuthorizationEntity[] runtimeOnly(AuthorizationEntity[] grants) {
    return Arrays.stream(grants).filter(grant -> grant.getResourceType() == Resources.TASK.resourceType())
        .toArray(AuthorizationEntity[]::new);
  }

  private static boolean officialTask(Task task) {
    return task instanceof TaskEntity entity && entity.getIdentityLinks().stream()
        .anyMatch(link -> link.getGroupId() != null && readsThroughDefinition(task, link.getGroupId()));
  }

  private static boolean readsThroughDefinition(Task task, String groupId) {
    if (!(task instanceof TaskEntity entity) || entity.getExecution() == null) {
      return false;
    }
    return Stream.of(ProcessVariables.TOWNSHIP_GROUP, ProcessVariables.APPROVING_UNIT_GROUP,
            ProcessVariables.CERTIFYING_UNIT_GROUP)
        .map(entity.getExecution()::getVariable)
        .anyMatch(group -> Objects.equals(group, groupId));
  }
}
