package cn.gov.qztb.subsidy.settlement;

import cn.gov.qztb.subsidy.access.EnterpriseMemberships;
import cn.gov.qztb.subsidy.workflow.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** On leaving 确认账单抵扣: only the settling holder's staff confirm, and the server checks the bills. */
@Component("billSettlementListener")
public class BillSettlementListener implements ExecutionListener {

  private final BillSettlements settlements;
  private final EnterpriseMemberships memberships;
  private final CurrentUser currentUser;

  public BillSettlementListener(BillSettlements settlements, EnterpriseMemberships memberships, CurrentUser currentUser) {
    this.settlements = settlements;
    this.memberships = memberships;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!EVENTNAME_END.equals(execution.getEventName()) || execution.isCanceled()) {
      return;
    }
    String userId = currentUser.authenticatedUserId();
    String group = settlements.holderGroup(execution);
    memberships.requireMember(userId, group, "结算单位", "确认账单抵扣");
    Object bills = execution.getVariable(BillSettlements.BILLS);
    settlements.confirm(execution.getProcessBusinessKey(), bills instanceof String text ? text : null, userId);
  }
}
