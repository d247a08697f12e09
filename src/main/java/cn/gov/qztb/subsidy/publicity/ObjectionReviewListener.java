package cn.gov.qztb.subsidy.publicity;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.program.FilingReader;
import cn.gov.qztb.subsidy.workflow.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** On leaving 异议核查: only the list's unit decides, UPHOLD or DISMISS, always with a reason. */
@Component("objectionReviewListener")
public class ObjectionReviewListener implements ExecutionListener {

  static final String DECISION = "objectionDecision";
  static final String REASON = "objectionReason";

  private final Objections objections;
  private final PublicityService publicities;
  private final PublicityProcess process;
  private final CurrentUser currentUser;

  public ObjectionReviewListener(Objections objections, PublicityService publicities, PublicityProcess process,
      CurrentUser currentUser) {
    this.objections = objections;
    this.publicities = publicities;
    this.process = process;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!EVENTNAME_END.equals(execution.getEventName()) || execution.isCanceled()) {
      return;
    }
    long id = Objections.idOf(execution.getProcessBusinessKey());
    String userId = process.requireUnitStaff(publicities.unitOf(objections.publicityOf(id)),
        currentUser.authenticatedUserId());
    Object decision = execution.getVariable(DECISION);
    FilingReader reader = new FilingReader(execution.getVariables());
    String reason = reader.text(REASON, "核查意见", 1000);
    if (!"UPHOLD".equals(decision) && !"DISMISS".equals(decision)) {
      reader.require(false, DECISION, "核查结论", "为必填项，可选：UPHOLD（异议成立）、DISMISS（异议不成立）");
    }
    reader.done();
    objections.decide(id, "UPHOLD".equals(decision), reason, userId);
  }
}
