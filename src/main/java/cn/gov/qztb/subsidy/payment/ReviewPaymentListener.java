package cn.gov.qztb.subsidy.payment;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.program.FilingReader;
import cn.gov.qztb.subsidy.workflow.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On leaving 审核拨付批次 (four eyes): a user of the paying unit other than the batch's compiler
 * approves it, which orders the payment, or returns it with a reason to be compiled again.
 */
@Component("reviewPaymentListener")
public class ReviewPaymentListener implements ExecutionListener {

  static final String DECISION = "reviewDecision";
  static final String COMMENT = "reviewComment";

  private final PaymentBatches batches;
  private final PaymentProcess process;
  private final CurrentUser currentUser;

  public ReviewPaymentListener(PaymentBatches batches, PaymentProcess process, CurrentUser currentUser) {
    this.batches = batches;
    this.process = process;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!EVENTNAME_END.equals(execution.getEventName()) || execution.isCanceled()) {
      return;
    }
    long id = process.batchOf(execution);
    String userId = process.requireUnitStaff(batches.unitOf(id), currentUser.authenticatedUserId());
    if (userId.equals(batches.compiler(id))) {
      throw Refusal.forbidden("拨付批次须由编制人以外的本单位人员审核（双人复核），编制人" + userId + "不能审核本批次");
    }
    Object decision = execution.getVariable(DECISION);
    FilingReader reader = new FilingReader(execution.getVariables());
    String comment = reader.optionalText(COMMENT, "审核意见", 1000);
    if (!"APPROVE".equals(decision) && !"RETURN".equals(decision)) {
      reader.require(false, DECISION, "审核结论", "为必填项，可选：APPROVE（审核通过，下达拨付）、RETURN（退回重新编制）");
    } else if ("RETURN".equals(decision)) {
      reader.require(comment != null, COMMENT, "审核意见", "退回时为必填项，请写明退回理由");
    }
    reader.done();
    if ("APPROVE".equals(decision)) {
      batches.approve(id, userId);
      execution.setVariable("approvedBy", userId);
    } else {
      batches.returnToCompiler(id, comment);
    }
  }
}
