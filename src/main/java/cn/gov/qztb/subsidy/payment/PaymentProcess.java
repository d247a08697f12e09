package cn.gov.qztb.subsidy.payment;

import cn.gov.qztb.subsidy.access.EnterpriseMemberships;
import cn.gov.qztb.subsidy.engine.ProcessBean;
import cn.gov.qztb.subsidy.reference.DistrictUnit;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What awardDisbursement asks of the application, e.g.
 * {@code camunda:candidateGroups="${payments.unit(execution)}"}: always from the batch's record.
 */
@ProcessBean
@Component("payments")
public class PaymentProcess {

  private final PaymentBatches batches;
  private final EnterpriseMemberships memberships;

  public PaymentProcess(PaymentBatches batches, EnterpriseMemberships memberships) {
    this.batches = batches;
    this.memberships = memberships;
  }

  /** The group of the batch's paying unit. */
  public String unit(DelegateExecution execution) {
    return batches.unitOf(batchOf(execution)).getGroupId();
  }

  /** Whether the bank has answered every line (登记银行回单 is done). */
  public boolean settled(DelegateExecution execution) {
    return batches.settled(batchOf(execution));
  }

  long batchOf(DelegateExecution execution) {
    return batches.idOfInstance(execution.getProcessInstanceId());
  }

  /** @return the user, staff of the unit @throws Refusal (403) otherwise */
  String requireUnitStaff(DistrictUnit unit, String userId) {
    return memberships.requireMember(userId, unit.getGroupId(), "“" + unit.getName() + "”", "办理本单位的拨付事项");
  }
}
