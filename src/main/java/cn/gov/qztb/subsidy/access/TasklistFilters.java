package cn.gov.qztb.subsidy.access;

import cn.gov.qztb.subsidy.AppLock;
import cn.gov.qztb.subsidy.engine.EngineUsers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Tasklist filters, without expressions (the engine evaluates none in saved queries): one
 * shared filter of every task the user may see, and for each user their own 我的待办 (assigned to
 * them) and 本组待办 (offered to their groups), owned by them and read-only. A user's own filters
 * are made with the user by the seeders and, for users an administrator adds in Admin (or that an
 * earlier version made), on their first visit to Tasklist ({@link #ensureFor}).
 */
@Component
public class TasklistFilters {

  public static final String MINE = "我的待办";
  public static final String GROUPS = "本组待办";
  public static final String ALL = "全部可见任务";

  private final FilterService filters;
  private final TaskService tasks;
  private final EngineUsers users;
  private final AppLock lock;

  public TasklistFilters(FilterService filters, TaskService tasks, EngineUsers users, AppLock lock) {
    this.filters = filters;
    this.tasks = tasks;
    this.users = users;
    this.lock = lock;
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

  /** The user's own filters, made now if they have none yet; runs as the system, whoever asks. */
  @Transactional
  public void ensureFor(String userId) {
    if (hasOwn(userId)) {
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
    if (hasOwn(userId)) {
      return;
    }
    filters.saveFilter(filter(MINE, "分配给我办理的任务", -10, userId, tasks.createTaskQuery().taskAssignee(userId)));
    filters.saveFilter(filter(GROUPS, "我所在企业、乡镇或单位可认领的任务", -5, userId,
        tasks.createTaskQuery().taskCandidateUser(userId).includeAssignedTasks()));
  }

  private boolean hasOwn(String userId) {
    return filters.createFilterQuery().filterOwner(userId).filterName(MINE).count() > 0;
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
        variable("awardAmount", "核定金额（元）")));
    return filters.newTaskFilter(name).setOwner(owner).setQuery(query).setProperties(properties);
  }

  private static Map<String, String> variable(String name, String label) {
    return Map.of("name", name, "label", label);
  }
}
