package cn.gov.qztb.subsidy.workflow;

import cn.gov.qztb.subsidy.application.Application;
import cn.gov.qztb.subsidy.application.ApplicationService;
import cn.gov.qztb.subsidy.application.OfferAnswer;
import cn.gov.qztb.subsidy.application.Step;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On leaving 确认申领: only staff of the offered enterprise may answer; the answer (ACCEPT, DISPUTE
 * with a reason, DECLINE with a reason) is checked on the server and applied to the record. The
 * gateway after the task reads the checked decision, written back here.
 */
@Component("offerDecisionListener")
public class OfferDecisionListener implements ExecutionListener {

  private final ApplicationService applications;
  private final ApplicationVariables variables;
  private final StepGuard guard;

  public OfferDecisionListener(ApplicationService applications, ApplicationVariables variables, StepGuard guard) {
    this.applications = applications;
    this.variables = variables;
    this.guard = guard;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!EVENTNAME_END.equals(execution.getEventName()) || execution.isCanceled()) {
      return;
    }
    String userId = guard.requireDecider(applications.forInstance(execution.getProcessInstanceId()), Step.OFFER);
    OfferAnswer answer = OfferAnswer.read(execution.getVariables());
    Application application = applications.answerOffer(execution.getProcessInstanceId(), answer, userId);
    ApplicationVariables.set(execution, OfferAnswer.DECISION, answer.decision().name());
    ApplicationVariables.set(execution, OfferAnswer.COMMENT, answer.comment());
    if (answer.decision() == OfferAnswer.Decision.DISPUTE) {
      variables.disputed(execution, application);
      variables.returned(execution, "确认申领（企业提出数据有误）", answer.comment());
    } else if (answer.decision() == OfferAnswer.Decision.ACCEPT) {
      // the stored filing and summary again: nothing a client sent with the answer reaches the township
      variables.filed(execution, application);
    } else {
      variables.status(execution, application);
      variables.history(execution, application);
    }
  }
}
