package cn.gov.qztb.subsidy.workflow;

import cn.gov.qztb.subsidy.application.Application;
import cn.gov.qztb.subsidy.application.ApplicationService;
import cn.gov.qztb.subsidy.application.ReviewInput;
import cn.gov.qztb.subsidy.application.ReviewStage;
import cn.gov.qztb.subsidy.application.Step;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * The shared mechanics of a review step (乡镇核实, 重点企业认定, 部门审批), as execution listeners
 * on its user task. On start the step's decision and comment are emptied, so nothing set earlier
 * can decide it. On end the user must belong to the group the record names for the step
 * ({@link StepGuard}); the decision is checked on the server and applied: advance, return to the
 * applicant with the comment, or reject with the reason kept.
 */
public class ReviewListener implements ExecutionListener {

  private final ReviewStage stage;
  private final ApplicationService applications;
  private final ApplicationVariables variables;
  private final StepGuard guard;

  public ReviewListener(ReviewStage stage, ApplicationService applications, ApplicationVariables variables,
      StepGuard guard) {
    this.stage = stage;
    this.applications = applications;
    this.variables = variables;
    this.guard = guard;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (EVENTNAME_START.equals(execution.getEventName())) {
      ApplicationVariables.remove(execution, stage.decisionVariable());
      ApplicationVariables.remove(execution, stage.commentVariable());
      if (stage.confirmsFigures()) {
        // a tick from an earlier round (before a return) must not certify the corrected filing
        ApplicationVariables.remove(execution, ReviewStage.FIGURES_CONFIRMED);
      }
      return;
    }
    if (!EVENTNAME_END.equals(execution.getEventName()) || execution.isCanceled()) {
      return;
    }
    String userId = guard.requireDecider(applications.forInstance(execution.getProcessInstanceId()), Step.of(stage));
    ReviewInput input = ReviewInput.read(stage, execution.getVariables());
    Application application = applications.review(execution.getProcessInstanceId(), input, userId);
    ApplicationVariables.set(execution, stage.decisionVariable(), input.decision());
    ApplicationVariables.set(execution, stage.commentVariable(), input.comment());
    variables.stepDone(execution);
    variables.reviewed(execution, application);
    if (input.outcome() == ReviewStage.Outcome.RETURN) {
      variables.returned(execution, stage.title(), input.comment());
    }
  }
}
