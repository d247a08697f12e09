package cn.gov.qztb.subsidy.payment;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.program.FilingReader;
import cn.gov.qztb.subsidy.program.Money;
import cn.gov.qztb.subsidy.reference.DistrictUnit;
import cn.gov.qztb.subsidy.workflow.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * 编制拨付批次: on start the unit's payable awards are listed; on end the unit's user submits them
 * (less those excluded by number) for 审核, or cancels. The server compiles the batch again when
 * it is submitted: nothing a client sent decides what is on it.
 */
@Component("compilePaymentListener")
public class CompilePaymentListener implements ExecutionListener {

  static final String DECISION = "batchDecision";
  static final String EXCLUDED = "excludedNumbers";

  private final PaymentBatches batches;
  private final PaymentProcess process;
  private final CurrentUser currentUser;

  public CompilePaymentListener(PaymentBatches batches, PaymentProcess process, CurrentUser currentUser) {
    this.batches = batches;
    this.process = process;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateExecution execution) {
    long id = process.batchOf(execution);
    DistrictUnit unit = batches.unitOf(id);
    if (EVENTNAME_START.equals(execution.getEventName())) {
      execution.setVariable("batchDraft", batches.draft(unit.getCode()));
      execution.removeVariable(DECISION);
      return;
    }
    if (!EVENTNAME_END.equals(execution.getEventName()) || execution.isCanceled()) {
      return;
    }
    String userId = process.requireUnitStaff(unit, currentUser.authenticatedUserId());
    Object decision = execution.getVariable(DECISION);
    FilingReader reader = new FilingReader(execution.getVariables());
    String excluded = reader.optionalText(EXCLUDED, "不列入本批次的申请编号", 2000);
    reader.done();
    if ("SUBMIT".equals(decision)) {
      PaymentBatches.Compiled compiled = batches.submit(id, userId, excluded);
      execution.setVariable("compiledBy", userId);
      execution.setVariable("batchSummary", "共" + compiled.lines() + "笔，合计" + Money.display(compiled.total()));
    } else if ("CANCEL".equals(decision)) {
      batches.cancel(id);
    } else {
      throw Refusal.badInput("「编制决定」（" + DECISION + "）为必填项，可选：SUBMIT（提交审核）、CANCEL（取消）");
    }
  }
}
