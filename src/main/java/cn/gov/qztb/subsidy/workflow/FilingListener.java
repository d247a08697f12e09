package cn.gov.qztb.subsidy.workflow;

import cn.gov.qztb.subsidy.application.Application;
import cn.gov.qztb.subsidy.application.ApplicationService;
import cn.gov.qztb.subsidy.application.Step;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On leaving 填报申请: only staff of the application's enterprise may file it; the filing is
 * checked on the server, whatever client sent it, and kept. A refusal rolls the completion back,
 * so the task stays open and nothing is written. (An execution listener, not a task listener:
 * Camunda wraps task listener exceptions, which would hide the message from the REST client
 * behind a 500.)
 */
@Component("filingListener")
public class FilingListener implements ExecutionListener {

  private final ApplicationService applications;
  private final ApplicationVariables variables;
  private final StepGuard guard;

  public FilingListener(ApplicationService applications, ApplicationVariables variables, StepGuard guard) {
    this.applications = applications;
    this.variables = variables;
    this.guard = guard;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!EVENTNAME_END.equals(execution.getEventName()) || execution.isCanceled()) {
      return;
    }
    String userId = guard.requireDecider(applications.forInstance(execution.getProcessInstanceId()), Step.FILING);
    Application application = applications.file(execution.getProcessInstanceId(), execution.getVariables(), userId);
    variables.filed(execution, application);
  }
}
