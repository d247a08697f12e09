package cn.gov.qztb.subsidy.payment;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.workflow.UnitStarts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** On awardDisbursement's start: a batch of the starting user's unit, numbered BF-000001 …; only from POST /api/payment-batches. */
@Component("paymentStartListener")
public class PaymentStartListener implements ExecutionListener {

  private final PaymentBatches batches;

  public PaymentStartListener(PaymentBatches batches) {
    this.batches = batches;
  }

  @Override
  public void notify(DelegateExecution execution) {
    UnitStarts.Pending pending = UnitStarts.pending(PaymentBatches.PROCESS);
    if (pending == null) {
      throw Refusal.forbidden("拨付批次只能由拨付单位经办人员通过“编制拨付批次”发起");
    }
    long id = batches.open(pending.unitCode(), pending.userId(), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(PaymentBatches.number(id));
    execution.setVariable("batchNumber", PaymentBatches.number(id));
    execution.setVariable("unitName", batches.unitOf(id).getName());
    execution.setVariable("startedBy", pending.userId());
  }
}
