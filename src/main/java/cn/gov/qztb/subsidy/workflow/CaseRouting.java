package cn.gov.qztb.subsidy.workflow;

import cn.gov.qztb.subsidy.application.Application;
import cn.gov.qztb.subsidy.application.ApplicationService;
import cn.gov.qztb.subsidy.application.ApplicationStatus;
import cn.gov.qztb.subsidy.application.Deciders;
import cn.gov.qztb.subsidy.application.Step;
import cn.gov.qztb.subsidy.engine.ProcessBean;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who gets each user task, for the processes' assignee and candidate group expressions, e.g.
 * {@code camunda:candidateGroups="${caseRouting.township(execution)}"}: always from the
 * application record of the instance ({@link Deciders}), never from a process variable. An
 * instance that has no record (one started at an inner step) cannot create a task at all.
 */
@ProcessBean
@Component("caseRouting")
public class CaseRouting {

  private final ApplicationService applications;
  private final Deciders deciders;

  public CaseRouting(ApplicationService applications, Deciders deciders) {
    this.applications = applications;
    this.deciders = deciders;
  }

  /** The user who started the application: the filing task's assignee. */
  public String applicant(DelegateExecution execution) {
    return applications.forInstance(execution.getProcessInstanceId()).getApplicantUserId();
  }

  /** Whether the instance is an offer (免申即享) still waiting for its enterprise: 确认申领 comes first. */
  public boolean offer(DelegateExecution execution) {
    Application application = applications.forInstance(execution.getProcessInstanceId());
    return application.isOffered() && application.getStatus() == ApplicationStatus.OFFERED;
  }

  public String enterprise(DelegateExecution execution) {
    return group(execution, Step.FILING);
  }

  public String township(DelegateExecution execution) {
    return group(execution, Step.TOWNSHIP);
  }

  public String certifyingUnit(DelegateExecution execution) {
    return group(execution, Step.CERTIFICATION);
  }

  public String approvingUnit(DelegateExecution execution) {
    return group(execution, Step.BUREAU);
  }

  private String group(DelegateExecution execution, Step step) {
    return deciders.of(applications.forInstance(execution.getProcessInstanceId()), step).groupId();
  }
}
