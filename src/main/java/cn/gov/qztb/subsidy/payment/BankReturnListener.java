package cn.gov.qztb.subsidy.payment;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.program.FilingReader;
import cn.gov.qztb.subsidy.workflow.CurrentUser;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On leaving 登记银行回单: the unit's user marks lines one by one ({@code 序号,成功,银行流水号} or
 * {@code 序号,失败,失败原因}); the task comes back while lines still wait for the bank. A return
 * file imported through the API records its lines the same way and closes the task when all are in;
 * a long return is imported as a file (a task's text holds at most 3,000 characters).
 */
@Component("bankReturnListener")
public class BankReturnListener implements ExecutionListener {

  static final String RESULTS = "bankResults";

  private final BankReturns returns;
  private final PaymentBatches batches;
  private final PaymentProcess process;
  private final CurrentUser currentUser;

  public BankReturnListener(BankReturns returns, PaymentBatches batches, PaymentProcess process,
      CurrentUser currentUser) {
    this.returns = returns;
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
    FilingReader reader = new FilingReader(execution.getVariables());
    String text = reader.optionalText(RESULTS, "银行回单登记", 3_000);
    reader.done();
    List<BankResult> results = BankReturns.typed(text);
    if (!results.isEmpty()) {
      returns.record(id, results, userId);
    } else if (!batches.settled(id)) {
      throw Refusal.badInput("「银行回单登记」（" + RESULTS + "）为必填项：每行一笔，“序号,成功,银行流水号”或“序号,失败,失败原因”");
    }
    execution.removeVariable(RESULTS);
  }
}
