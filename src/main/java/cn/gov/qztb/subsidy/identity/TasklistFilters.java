package cn.gov.qztb.subsidy.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/** The Tasklist filters every user starts with, created once by name. */
@Component
public class TasklistFilters {

  private final FilterService filters;
  private final TaskService tasks;

  public TasklistFilters(FilterService filters, TaskService tasks) {
    this.filters = filters;
    this.tasks = tasks;
  }

  public void seed() {
    ensure("我的待办", "分配给我办理的任务", -10,
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    ensure("本组待办", "我所在企业、乡镇或单位可认领的任务", -5,
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
    ensure("全部可见任务", "我有权查看的全部任务", 0, tasks.createTaskQuery());
  }

  private void ensure(String name, String description, int priority, TaskQuery query) {
    if (filters.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put("variables", List.of(
        variable("applicationNumber", "申请编号"),
        variable("enterpriseName", "申请企业"),
        variable("applicationStatusLabel", "申请状态"),
        variable("awardAmount", "核定金额（元）")));
    Filter filter = filters.newTaskFilter(name).setQuery(query).setProperties(properties);
    filters.saveFilter(filter);
  }

  private static Map<String, String> variable(String name, String label) {
    return Map.of("name", name, "label", label);
  }
}
