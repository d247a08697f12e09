package cn.gov.qztb.subsidy.workflow;

import cn.gov.qztb.subsidy.SubsidyProperties;
import cn.gov.qztb.subsidy.application.ApplicationService;
import cn.gov.qztb.subsidy.application.Step;
import cn.gov.qztb.subsidy.engine.ProcessBean;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * 逾期提醒, run by a review step's non-interrupting timer at its due date: the task is flagged
 * ({@code overdue}, which the group's 已逾期 filter lists), the group reads a comment on the task,
 * and the application's history notes it. The step itself stays with its reviewers.
 */
@ProcessBean
@Component("overdueNotice")
public class OverdueNotice {

  private final ApplicationService applications;
  private final TaskService tasks;
  private final MeterRegistry meters;
  private final ApplicationVariables variables;
  private final ZoneId zone;

  public OverdueNotice(ApplicationService applications, TaskService tasks, MeterRegistry meters,
      ApplicationVariables variables, SubsidyProperties properties) {
    this.variables = variables;
    this.applications = applications;
    this.tasks = tasks;
    this.meters = meters;
    this.zone = properties.zone();
  }

  public void record(DelegateExecution execution, String taskKey, String stepName) {
    Step step = Step.valueOf(stepName);
    String pid = execution.getProcessInstanceId();
    Task task = tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey(taskKey).singleResult();
    if (task == null) {
      return;
    }
    LocalDate due = task.getDueDate() == null ? null
        : LocalDate.ofInstant(task.getDueDate().toInstant(), zone);
    String note = step.title() + "已超过办理时限" + (due == null ? "" : "（应于" + due + "前办结）") + "，请尽快办理";
    execution.setVariable(ProcessVariables.OVERDUE, true);
    execution.setVariable(ProcessVariables.OVERDUE_NOTE, note);
    tasks.createComment(task.getId(), pid, note);
    applications.overdue(pid, step, note);
    variables.history(execution, applications.forInstance(pid));
    meters.counter("subsidy.overdue.steps", "step", step.name()).increment();
  }
}
