package cn.gov.qztb.subsidy.payment;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.access.EnterpriseMemberships;
import cn.gov.qztb.subsidy.account.BankAccounts;
import cn.gov.qztb.subsidy.engine.ProcessBean;
import cn.gov.qztb.subsidy.engine.SubsidyClock;
import cn.gov.qztb.subsidy.reference.Enterprise;
import cn.gov.qztb.subsidy.workflow.CurrentUser;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 核对收款账户 (process bankAccountCheck): after the bank returned a payment, the enterprise's staff
 * confirm or correct the receiving account. Only then may the award go into a later batch.
 */
@ProcessBean
@Component("accountChecks")
public class AccountChecks implements ExecutionListener {

  static final String PROCESS = "bankAccountCheck";

  private final JdbcTemplate jdbc;
  private final RuntimeService runtime;
  private final BankAccounts accounts;
  private final EnterpriseMemberships memberships;
  private final CurrentUser currentUser;
  private final SubsidyClock clock;

  public AccountChecks(JdbcTemplate jdbc, RuntimeService runtime, BankAccounts accounts,
      EnterpriseMemberships memberships, CurrentUser currentUser, SubsidyClock clock) {
    this.jdbc = jdbc;
    this.runtime = runtime;
    this.accounts = accounts;
    this.memberships = memberships;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** The payment of the award (its application number) failed for the reason: its enterprise checks the account. */
  void request(String applicationNumber, String reason) {
    String enterprise = enterpriseOf(applicationNumber);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("applicationNumber", applicationNumber);
    variables.put("failureReason", reason);
    variables.put("currentAccount", accounts.shown(enterprise)
        .map(shown -> shown.bankName() + " " + shown.accountNumber()).orElse("（未设置）"));
    runtime.startProcessInstanceByKey(PROCESS, applicationNumber, variables);
  }

  /** On start: only for an award whose payment failed and whose account is not checked yet (started by {@link #request}). */
  private void started(DelegateExecution execution) {
    String applicationNumber = execution.getProcessBusinessKey();
    Integer failed = applicationNumber == null ? 0 : jdbc.queryForObject("select count(*) from payment_line l join award a"
        + " on a.id = l.award_id where a.business_key = ? and l.result = 'FAILED' and l.account_checked_at is null",
        Integer.class, applicationNumber);
    if (failed == 0) {
      throw Refusal.forbidden("核对收款账户只能由系统在银行退回拨付款后发起");
    }
  }

  /** The enterprise group of the award the check is for (its business key, set by the server). */
  public String enterpriseGroup(DelegateExecution execution) {
    return Enterprise.groupIdOf(enterpriseOf(execution.getProcessBusinessKey()));
  }

  /** On the start event: {@link #started}; on leaving 核对收款账户: staff of that enterprise only; the account checked and kept, the failure marked checked. */
  @Override
  public void notify(DelegateExecution execution) {
    if (EVENTNAME_START.equals(execution.getEventName())) {
      started(execution);
      return;
    }
    if (!EVENTNAME_END.equals(execution.getEventName()) || execution.isCanceled()) {
      return;
    }
    String applicationNumber = execution.getProcessBusinessKey();
    String enterprise = enterpriseOf(applicationNumber);
    String userId = currentUser.authenticatedUserId();
    memberships.requireMember(userId, Enterprise.groupIdOf(enterprise), "该企业", "核对其收款账户");
    accounts.set(enterprise, execution.getVariables(), userId);
    jdbc.update("update payment_line set account_checked_at = ? where result = 'FAILED' and account_checked_at is null"
        + " and award_id = (select id from award where business_key = ?)", Timestamp.from(clock.now()),
        applicationNumber);
  }

  private String enterpriseOf(String applicationNumber) {
    return jdbc.queryForObject("select enterprise_code from award where business_key = ?", String.class,
        applicationNumber);
  }
}
