package cn.gov.qztb.subsidy.settlement;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.engine.ProcessBean;
import cn.gov.qztb.subsidy.engine.SubsidyClock;
import cn.gov.qztb.subsidy.ledger.AwardStatus;
import cn.gov.qztb.subsidy.ledger.AwardStatusChanged;
import cn.gov.qztb.subsidy.ledger.AwardStatuses;
import cn.gov.qztb.subsidy.policy.PolicyBook;
import cn.gov.qztb.subsidy.program.Money;
import cn.gov.qztb.subsidy.reference.DataHolderRepository;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clause 33 (用气价格优惠) is not paid: once an award is publicized, the program's settling holder
 * (区燃气公司) gets a task, 确认账单抵扣, and confirms the bill credits — bill numbers and amounts
 * that add up exactly to the award. The award is then SETTLED; it never enters a payment batch.
 */
@ProcessBean
@Component("settlements")
@Transactional
public class BillSettlements {

  static final String PROCESS = "billSettlement";
  static final String BILLS = "billCredits";

  private final JdbcTemplate jdbc;
  private final PolicyBook policies;
  private final RuntimeService runtime;
  private final AwardStatuses statuses;
  private final DataHolderRepository holders;
  private final SubsidyClock clock;

  public BillSettlements(JdbcTemplate jdbc, PolicyBook policies, RuntimeService runtime, AwardStatuses statuses,
      DataHolderRepository holders, SubsidyClock clock) {
    this.jdbc = jdbc;
    this.policies = policies;
    this.runtime = runtime;
    this.statuses = statuses;
    this.holders = holders;
    this.clock = clock;
  }

  @EventListener
  void publicized(AwardStatusChanged changed) {
    if (changed.to() != AwardStatus.PUBLICIZED) {
      return;
    }
    Map<String, Object> award = award(changed.awardId());
    String holder = policies.settledBy((String) award.get("policy_edition"), (String) award.get("program_key"));
    if (holder == null) {
      return;
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("applicationNumber", award.get("business_key"));
    variables.put("enterpriseName", award.get("enterprise_name"));
    variables.put("awardAmountText", Money.display((BigDecimal) award.get("amount")));
    String processInstanceId = runtime.startProcessInstanceByKey(PROCESS, (String) award.get("business_key"),
        variables).getId();
    jdbc.update("insert into bill_settlement (award_id, process_instance_id) values (?, ?)", changed.awardId(),
        processInstanceId);
  }

  /** The group of the holder that settles the instance's award (确认账单抵扣). */
  public String holderGroup(DelegateExecution execution) {
    Map<String, Object> award = award(awardOf(execution.getProcessBusinessKey()));
    String holder = policies.settledBy((String) award.get("policy_edition"), (String) award.get("program_key"));
    return holders.findById(holder).orElseThrow().getGroupId();
  }

  /** The holder's confirmation; @throws Refusal naming the bill lines that are wrong, or a total that differs */
  public void confirm(String businessKey, String text, String userId) {
    long awardId = awardOf(businessKey);
    BigDecimal amount = (BigDecimal) award(awardId).get("amount");
    if (text != null && text.length() > 4000) {
      throw Refusal.badInput("「账单抵扣明细」至多4000字（收到" + text.length() + "字）");
    }
    List<String> problems = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    Set<String> seen = new HashSet<>();
    String[] lines = text == null ? new String[0] : text.strip().split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String[] parts = lines[i].strip().split("[,，\\s]+");
      String where = "「账单抵扣明细」第" + (i + 1) + "行";
      if (parts.length == 2 && !seen.add(parts[0])) {
        problems.add(where + "的账单号" + parts[0] + "重复");
      }
      if (parts.length != 2 || !parts[0].matches("[A-Za-z0-9-]{4,32}") || !parts[1].matches("\\d{1,13}(\\.\\d{1,2})?")) {
        problems.add(where + "应为“账单号,金额”，如 RQ202403-00123,12000.00（金额为元，最多两位小数）");
        continue;
      }
      total = total.add(new BigDecimal(parts[1]));
    }
    if (lines.length == 0 || text.isBlank()) {
      problems.add("「账单抵扣明细」（" + BILLS + "）为必填项");
    } else if (problems.isEmpty() && total.compareTo(amount) != 0) {
      problems.add("「账单抵扣明细」合计" + Money.display(total) + "，与奖补金额" + Money.display(amount) + "不符");
    }
    if (!problems.isEmpty()) {
      throw Refusal.badInput(problems);
    }
    statuses.move(awardId, AwardStatus.PUBLICIZED, AwardStatus.SETTLED, userId, "燃气账单抵扣" + Money.display(total));
    jdbc.update("update bill_settlement set bills = ?, total = ?, confirmed_by = ?, confirmed_at = ? where award_id = ?",
        text.strip(), total, userId, Timestamp.from(clock.now()), awardId);
  }

  /** The award a settlement instance is about: its business key, the application number set by the server. */
  private long awardOf(String businessKey) {
    return jdbc.queryForObject("select id from award where business_key = ?", Long.class, businessKey);
  }

  private Map<String, Object> award(long awardId) {
    return jdbc.queryForMap("select a.business_key, a.program_key, a.policy_edition, a.amount, e.name as enterprise_name"
        + " from award a join enterprise e on e.credit_code = a.enterprise_code where a.id = ?", awardId);
  }
}
