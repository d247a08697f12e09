package cn.gov.qztb.subsidy.workflow;

import cn.gov.qztb.subsidy.application.Application;
import cn.gov.qztb.subsidy.application.ApplicationService;
import cn.gov.qztb.subsidy.engine.ProcessBean;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * How an offer (免申即享) ends without an award, on the end events of 确认申领's outcomes: declined
 * by the enterprise (recorded by {@link OfferDecisionListener}) or left unanswered for the
 * edition's offerConfirmDays; and the reminder 7 days before. Either way the subject is free for a
 * manual application.
 */
@ProcessBean
@Component("offerClosing")
public class OfferClosing {

  private final ApplicationService applications;
  private final ApplicationVariables variables;
  private final Deadlines deadlines;

  public OfferClosing(ApplicationService applications, ApplicationVariables variables, Deadlines deadlines) {
    this.applications = applications;
    this.variables = variables;
    this.deadlines = deadlines;
  }

  public void declined(DelegateExecution execution) {
    close(execution, applications.forInstance(execution.getProcessInstanceId()));
  }

  public void expired(DelegateExecution execution) {
    close(execution, applications.offerExpired(execution.getProcessInstanceId()));
  }

  public void remind(DelegateExecution execution) {
    applications.offerReminded(execution.getProcessInstanceId(),
        "免申即享奖补将于" + deadlines.offerReminderDays(execution) + "日后逾期关闭，请尽快确认申领");
    variables.history(execution, applications.forInstance(execution.getProcessInstanceId()));
  }

  private void close(DelegateExecution execution, Application application) {
    variables.status(execution, application);
    variables.history(execution, application);
  }
}
