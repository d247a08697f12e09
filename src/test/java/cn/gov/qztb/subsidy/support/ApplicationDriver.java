package cn.gov.qztb.subsidy.support;

import cn.gov.qztb.subsidy.access.EnterpriseMemberships;
import cn.gov.qztb.subsidy.access.Viewer;
import cn.gov.qztb.subsidy.access.Viewers;
import cn.gov.qztb.subsidy.document.Documents;
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
  private final Documents documents;
  private final Viewers viewers;

  public ApplicationDriver(RuntimeService runtime, TaskService tasks, IdentityService identity,
      ManagementService management, EnterpriseMemberships memberships, HistoryService history, Documents documents,
      Viewers viewers) {
    this.documents = documents;
    this.viewers = viewers;
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
    this.management = management;
    this.memberships = memberships;
    this.history = history;
  }

  /** Uploads a small PDF for each required 申报材料 the application lacks, as the user. */
  public void attachRequired(String applicationNumber, String userId) {
    Viewer viewer = viewers.of(userId);
    if (viewer.enterpriseCodes().isEmpty()) {
      return;
    }
    documents.kinds(viewer, applicationNumber).stream()
        .filter(kind -> Boolean.TRUE.equals(kind.get("required")) && !Boolean.TRUE.equals(kind.get("uploaded")))
        .forEach(kind -> documents.upload(viewer, applicationNumber, (String) kind.get("kind"), kind.get("label") + ".pdf",
            SAMPLE_PDF));
  }

  /** The smallest PDF a reader opens: what tests upload as 申报材料. */
  public static final byte[] SAMPLE_PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
      + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
      + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);

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

  /**
   * Completes the open task with that key as the user, the way Tasklist does. A filing gets the
   * 申报材料 its edition requires first (a one-page PDF each), as an applicant uploads them.
   */
  public void complete(ProcessInstance instance, String taskKey, String userId, Map<String, Object> variables) {
    Task task = task(instance, taskKey);
    if ("filing".equals(taskKey)) {
      attachRequired(instance.getBusinessKey(), userId);
    }
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
