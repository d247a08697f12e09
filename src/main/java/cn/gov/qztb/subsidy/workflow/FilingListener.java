package cn.gov.qztb.subsidy.workflow;

import cn.gov.qztb.subsidy.application.Application;
import cn.gov.qztb.subsidy.application.ApplicationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On leaving 填报申请: the filing is checked on the server, whatever client sent it, and kept.
 * A refusal rolls the completion back, so the task stays open and nothing is written. (An
 * execution listener, not a task listener: Camunda wraps task listener exceptions, which would
 * hide the message from the REST client behind a 500.)
 */
@Component("filingListener")
public class FilingListener implements ExecutionListener {

  private final ApplicationService applications;
  private final ApplicationVariables variables;

  public FilingListener(ApplicationService applications, ApplicationVariables variables) {
    this.applications = applications;
    this.variables = variables;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!EVENTNAME_END.equals(execution.getEventName()) || execution.isCanceled()) {
      return;
    }
    Application application = applications.file(execution.getProcessBusinessKey(), execution.getVariables());
    variables.filed(execution, application);
  }
}
