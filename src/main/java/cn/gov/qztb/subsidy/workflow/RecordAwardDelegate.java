package cn.gov.qztb.subsidy.workflow;

import cn.gov.qztb.subsidy.ledger.LedgerService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记奖补台账: writes the ledger record (idempotently; the BPMN runs it as a retried job). */
@Component("recordAward")
public class RecordAwardDelegate implements JavaDelegate {

  private final LedgerService ledger;
  private final ApplicationVariables variables;

  public RecordAwardDelegate(LedgerService ledger, ApplicationVariables variables) {
    this.ledger = ledger;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    variables.awarded(execution, ledger.record(execution.getProcessInstanceId()));
  }
}
