package cn.gov.qztb.subsidy.access;

import cn.gov.qztb.subsidy.AppLock;
import cn.gov.qztb.subsidy.engine.EngineUsers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Tasklist filters, without expressions (the engine evaluates none in saved queries): one
 * shared filter of every task the user may see, and for each user their own, owned by them and
 * read-only: 我的待办 (assigned to them), 本组待办 (offered to their groups), and by role
 * 本乡镇待核实 (township verifiers), 本单位待审批 (unit staff) and 已逾期 (officials: steps past
 * their due date). The role filters come first, so an official lands on the work of their office.
 * A user's own filters are made with the user by the seeders and, for users an administrator adds
 * in Admin, gives a new role, or that an earlier version made, on their next visit to Tasklist
 * ({@link #ensureFor}).
 */
@Component
public class TasklistFilters {

  public static final String MINE = "我的待办";
  public static final String GROUPS = "本组待办";
  public static final String ALL = "全部可见任务";
  public static final String TOWNSHIP = "本乡镇待核实";
  public static final String UNIT = "本单位待审批";
  public static final String OVERDUE = "已逾期";

  private final FilterService filters;
  private final TaskService tasks;
  private final EngineUsers users;
  private final AppLock lock;
  private final Viewers viewers;

  public TasklistFilters(FilterService filters, TaskService tasks, EngineUsers users, AppLock lock, Viewers viewers) {
    this.filters = filters;
    this.tasks = tasks;
    this.users = users;
    this.lock = lock;
    this.viewers = viewers;
  }

  /** At startup, under the seeding lock. */
  public void seed() {
    // the shared 我的待办 and 本组待办 of earlier versions named the user by an expression, which
    // the engine no longer evaluates: each user has their own now
    filters.createFilterQuery().list().stream()
        .filter(f -> f.getOwner() == null && (f.getName().equals(MINE) || f.getName().equals(GROUPS)))
        .forEach(f -> filters.deleteFilter(f.getId()));
    if (sharedFilterIds().isEmpty()) {
      filters.saveFilter(filter(ALL, "我有权查看的全部任务", 0, null, tasks.createTaskQuery()));
    }
  }

  /** A new user's own filters, made with the user by the seeders (who run as the system). */
  public void createFor(String userId) {
    create(userId);
  }

  /** The user's own filters, those missing made now; runs as the system, whoever asks. */
  @Transactional
  public void ensureFor(String userId) {
    if (missing(userId).isEmpty()) {
      return;
    }
    users.asSystem(() -> {
      lock.acquire("seeding");
      create(userId);
      return null;
    });
  }

  public List<String> sharedFilterIds() {
    return filters.createFilterQuery().filterName(ALL).list().stream()
        .filter(f -> f.getOwner() == null).map(Filter::getId).toList();
  }

  private void create(String userId) {
    for (String name : missing(userId)) {
      filters.saveFilter(switch (name) {
        case MINE -> filter(MINE, "分配给我办理的任务", -10, userId, tasks.createTaskQuery().taskAssignee(userId));
        case GROUPS -> filter(GROUPS, "我所在企业、乡镇或单位可认领的任务", -5, userId, offeredTo(userId));
        case TOWNSHIP -> filter(TOWNSHIP, "本乡镇待核实的申请（按办理期限排序）", -30, userId,
            offeredTo(userId).taskDefinitionKey("townshipVerification"));
        case UNIT -> filter(UNIT, "本单位待认定、待审批的申请（按办理期限排序）", -30, userId,
            offeredTo(userId).taskDefinitionKeyIn("keyEnterpriseCertification", "bureauApproval"));
        case OVERDUE -> filter(OVERDUE, "已超过办理时限的申请", -20, userId,
            offeredTo(userId).processVariableValueEquals("overdue", true));
        default -> throw new IllegalStateException(name);
      });
    }
  }

  /** Tasks offered to the user's groups, whoever holds them now, the soonest due first. */
  private TaskQuery offeredTo(String userId) {
    TaskQuery query = tasks.createTaskQuery().taskCandidateUser(userId).includeAssignedTasks();
    query.orderByDueDate().asc();
    return query;
  }

  /** The user's own filters their roles call for and they do not have yet. */
  private List<String> missing(String userId) {
    Viewer viewer = viewers.of(userId);
    List<String> wanted = new ArrayList<>(List.of(MINE, GROUPS));
    if (!viewer.townshipCodes().isEmpty()) {
      wanted.add(TOWNSHIP);
    }
    if (!viewer.unitCodes().isEmpty()) {
      wanted.add(UNIT);
    }
    if (!viewer.townshipCodes().isEmpty() || !viewer.unitCodes().isEmpty()) {
      wanted.add(OVERDUE);
    }
    Set<String> have = filters.createFilterQuery().filterOwner(userId).list().stream()
        .map(Filter::getName).collect(Collectors.toSet());
    wanted.removeAll(have);
    return wanted;
  }

  private Filter filter(String name, String description, int priority, String owner, TaskQuery query) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put("variables", List.of(
        variable("applicationNumber", "申请编号"),
        variable("enterpriseName", "申请企业"),
        variable("applicationStatusLabel", "申请状态"),
        variable("awardAmountText", "核定金额"),
        variable("overdueNote", "办理时限")));
    return filters.newTaskFilter(name).setOwner(owner).setQuery(query).setProperties(properties);
  }

  private static Map<String, String> variable(String name, String label) {
    return Map.of("name", name, "label", label);
  }
}
