package cn.gov.qztb.subsidy.support;

import cn.gov.qztb.subsidy.access.EnterpriseMemberships;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Walks applications through their processes as the demo users would, through the Java API. */
@Component
public class ApplicationDriver {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final ManagementService management;
  private final EnterpriseMemberships memberships;
  private final HistoryService history;

  public ApplicationDriver(RuntimeService runtime, TaskService tasks, IdentityService identity,
      ManagementService management, EnterpriseMemberships memberships, HistoryService history) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
    this.management = management;
    this.memberships = memberships;
    this.history = history;
  }

  public ProcessInstance start(String programKey, String userId) {
    return as(userId, () -> runtime.startProcessInstanceByKey(programKey));
  }

  public Task task(ProcessInstance instance, String taskKey) {
    Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
    if (task == null) {
      throw new AssertionError("no open task " + taskKey + " in " + instance.getBusinessKey());
    }
    return task;
  }

  /** Completes the open task with that key as the user, the way Tasklist does. */
  public void complete(ProcessInstance instance, String taskKey, String userId, Map<String, Object> variables) {
    Task task = task(instance, taskKey);
    as(userId, () -> {
      tasks.complete(task.getId(), variables);
      return null;
    });
  }

  /** Runs the instance's due jobs (the ledger write) as the job executor would. */
  public int runJobs(ProcessInstance instance) {
    List<Job> jobs = management.createJobQuery().processInstanceId(instance.getId()).executable().list();
    jobs.forEach(job -> management.executeJob(job.getId()));
    return jobs.size();
  }

  /** Files, verifies, certifies where the program certifies, approves and runs the ledger job. */
  public void approve(ProcessInstance instance, Scenario scenario, String applicant, Map<String, Object> filing) {
    complete(instance, "filing", applicant, filing);
    approveFiled(instance, scenario);
  }

  public void approveFiled(ProcessInstance instance, Scenario scenario) {
    complete(instance, "townshipVerification", scenario.verifier(), Filings.township("APPROVE", null));
    if (scenario.certifier() != null) {
      complete(instance, "keyEnterpriseCertification", scenario.certifier(), Filings.certified());
    }
    complete(instance, "bureauApproval", scenario.approver(), Filings.bureau("APPROVE", null));
    runJobs(instance);
  }

  public boolean isRunning(ProcessInstance instance) {
    return runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 1;
  }

  /** The id of the instance's open task, or of its last task when it has ended. */
  public String openTaskId(ProcessInstance instance) {
    Task open = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    if (open != null) {
      return open.getId();
    }
    return history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
        .orderByHistoricActivityInstanceStartTime().desc().list().get(0).getId();
  }

  public Map<String, Object> variables(ProcessInstance instance) {
    return runtime.getVariables(instance.getId());
  }

  public Object historicVariable(ProcessInstance instance, String name) {
    return history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName(name)
        .singleResult().getValue();
  }

  public <T> T as(String userId, Callable<T> work) {
    identity.setAuthentication(userId, memberships.groupIdsOf(userId), memberships.tenantIdsOf(userId));
    try {
      return work.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      identity.clearAuthentication();
    }
  }
}
