package cn.gov.qztb.subsidy.account;

import cn.gov.qztb.subsidy.TransactionMemo;
import cn.gov.qztb.subsidy.access.EnterpriseMemberships;
import cn.gov.qztb.subsidy.engine.ProcessBean;
import cn.gov.qztb.subsidy.ledger.AwardStatus;
import cn.gov.qztb.subsidy.ledger.AwardStatusChanged;
import cn.gov.qztb.subsidy.policy.PolicyBook;
import cn.gov.qztb.subsidy.reference.Enterprise;
import cn.gov.qztb.subsidy.workflow.CurrentUser;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An award to be paid whose enterprise has no receiving account gives the enterprise a task,
 * 填写收款账户 (process bankAccountRequest), once the award has passed its 公示 and waits for
 * payment; the account it enters is checked like any other. One open request per enterprise.
 */
@ProcessBean
@Component("accountRequests")
public class AccountRequests implements ExecutionListener {

  static final String PROCESS = "bankAccountRequest";

  private final JdbcTemplate jdbc;
  private final PolicyBook policies;
  private final RuntimeService runtime;
  private final BankAccounts accounts;
  private final EnterpriseMemberships memberships;
  private final CurrentUser currentUser;

  public AccountRequests(JdbcTemplate jdbc, PolicyBook policies, RuntimeService runtime, BankAccounts accounts,
      EnterpriseMemberships memberships, CurrentUser currentUser) {
    this.currentUser = currentUser;
    this.jdbc = jdbc;
    this.policies = policies;
    this.runtime = runtime;
    this.accounts = accounts;
    this.memberships = memberships;
  }

  @EventListener
  void publicized(AwardStatusChanged changed) {
    if (changed.to() != AwardStatus.PUBLICIZED) {
      return;
    }
    Map<String, Object> award = jdbc.queryForMap("select business_key, program_key, policy_edition, enterprise_code"
        + " from award where id = ?", changed.awardId());
    String enterprise = (String) award.get("enterprise_code");
    boolean paid = policies.settledBy((String) award.get("policy_edition"), (String) award.get("program_key")) == null;
    if (!paid || accounts.shown(enterprise).isPresent()) {
      return;
    }
    // instances started earlier in this transaction (a list closing many awards) are not in the database yet
    String memo = "accountRequested:" + enterprise;
    boolean requested = TransactionMemo.get(memo, () -> runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .variableValueEquals("enterpriseCode", enterprise).count() > 0 ? Boolean.TRUE : null) != null;
    if (!requested) {
      runtime.startProcessInstanceByKey(PROCESS, (String) award.get("business_key"),
          Map.of("enterpriseCode", enterprise, "applicationNumber", award.get("business_key")));
      TransactionMemo.remember(memo, Boolean.TRUE);
    }
  }

  /** The enterprise group of the award the request is for (its business key, set by the server). */
  public String enterpriseGroup(DelegateExecution execution) {
    return Enterprise.groupIdOf(enterpriseOf(execution));
  }

  /** On leaving 填写收款账户: staff of that enterprise only; the account checked and kept. */
  @Override
  public void notify(DelegateExecution execution) {
    if (!EVENTNAME_END.equals(execution.getEventName()) || execution.isCanceled()) {
      return;
    }
    String enterprise = enterpriseOf(execution);
    String userId = currentUser.authenticatedUserId();
    memberships.requireMember(userId, Enterprise.groupIdOf(enterprise), "该企业", "填写其收款账户");
    accounts.set(enterprise, execution.getVariables(), userId);
  }

  private String enterpriseOf(DelegateExecution execution) {
    return jdbc.queryForObject("select enterprise_code from award where business_key = ?", String.class,
        execution.getProcessBusinessKey());
  }
}
