package cn.gov.qztb.subsidy.payment;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.application.ApplicationEvent;
import cn.gov.qztb.subsidy.application.ApplicationService;
import cn.gov.qztb.subsidy.application.Step;
import cn.gov.qztb.subsidy.engine.SubsidyClock;
import cn.gov.qztb.subsidy.engine.VariableText;
import cn.gov.qztb.subsidy.ledger.AwardStatus;
import cn.gov.qztb.subsidy.ledger.AwardStatuses;
import cn.gov.qztb.subsidy.policy.PolicyBook;
import cn.gov.qztb.subsidy.reference.DistrictUnit;
import cn.gov.qztb.subsidy.reference.DistrictUnitRepository;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import cn.gov.qztb.subsidy.workflow.ExcludedNumbers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 拨付批次: a paying unit's batch of publicized awards, compiled by one of its users and approved by
 * another. Approval orders the payment: each line takes the receiving account as it is then, and
 * its award becomes ORDERED. Every change of a batch takes the batch's row lock; an award is on
 * one open line at most (a unique column), so no award is ordered twice, whatever races.
 */
@Service
@Transactional
public class PaymentBatches {

  /** What a submitted batch holds. */
  public record Compiled(int lines, BigDecimal total) {}

  private static final String OPEN_LINE = "exists (select 1 from payment_line l where l.open_award_id = a.id)";
  private static final String UNCHECKED_FAILURE = "exists (select 1 from payment_line l where l.award_id = a.id"
      + " and l.result = 'FAILED' and l.account_checked_at is null)";

  private final JdbcTemplate jdbc;
  private final AwardStatuses statuses;
  private final PolicyBook policies;
  private final DistrictUnitRepository units;
  private final ApplicationService applications;
  private final SubsidyClock clock;

  public PaymentBatches(JdbcTemplate jdbc, AwardStatuses statuses, PolicyBook policies, DistrictUnitRepository units,
      ApplicationService applications, SubsidyClock clock) {
    this.jdbc = jdbc;
    this.statuses = statuses;
    this.policies = policies;
    this.units = units;
    this.applications = applications;
    this.clock = clock;
  }

  /** The process of a payment batch. */
  public static final String PROCESS = "awardDisbursement";

  public static String number(long id) {
    return String.format("BF-%06d", id);
  }

  /** @throws Refusal (404) when the text is no batch number */
  public static long idOf(String number) {
    if (number == null || !number.matches("BF-\\d{6}")) {
      throw Refusal.notFound("没有拨付批次" + (number == null ? "" : number.length() > 20 ? number.substring(0, 20) : number));
    }
    return Long.parseLong(number.substring(3));
  }

  public long open(String unitCode, String userId, String processInstanceId) {
    jdbc.update("insert into payment_batch (unit_code, process_instance_id, status, started_by, created_at)"
        + " values (?, ?, ?, ?, ?)", unitCode, processInstanceId, PaymentBatchStatus.COMPILING.name(), userId,
        Timestamp.from(clock.now()));
    return idOfInstance(processInstanceId);
  }

  public long idOfInstance(String processInstanceId) {
    return jdbc.queryForObject("select id from payment_batch where process_instance_id = ?", Long.class,
        processInstanceId);
  }

  @Transactional(readOnly = true)
  public DistrictUnit unitOf(long id) {
    List<String> code = jdbc.queryForList("select unit_code from payment_batch where id = ?", String.class, id);
    if (code.isEmpty()) {
      throw Refusal.notFound("没有拨付批次" + number(id));
    }
    return units.findById(code.get(0)).orElseThrow();
  }

  @Transactional(readOnly = true)
  public Map<String, Object> batch(long id) {
    unitOf(id);
    return jdbc.queryForMap("select * from payment_batch where id = ?", id);
  }

  /**
   * The awards the unit pays that may go on a batch: publicized, or failed before and their account
   * since checked by the enterprise; on no open line. Oldest first.
   */
  @Transactional(readOnly = true)
  List<PaymentCandidate> candidates(String unitCode) {
    return jdbc.query("select a.id, a.business_key, a.program_key, a.policy_edition, a.clause, a.amount, a.status,"
            + " e.name, (select count(*) from enterprise_account x where x.credit_code = a.enterprise_code)"
            + " from award a join enterprise e on e.credit_code = a.enterprise_code where a.status in (?, ?)"
            + " and not " + OPEN_LINE + " and not " + UNCHECKED_FAILURE + " order by a.id",
            (row, i) -> new PaymentCandidate(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                row.getInt(5), row.getString(8), row.getBigDecimal(6), AwardStatus.valueOf(row.getString(7)),
                row.getInt(9) > 0),
            AwardStatus.PUBLICIZED.name(), AwardStatus.PAYMENT_FAILED.name()).stream()
        .filter(c -> unitCode.equals(policies.payment(c.edition(), c.programKey()).unitCode()))
        .toList();
  }

  /** The draft shown in 编制拨付批次: what will be paid, and what waits for an account. */
  @Transactional(readOnly = true)
  String draft(String unitCode) {
    List<PaymentCandidate> candidates = candidates(unitCode);
    List<String> lines = new ArrayList<>();
    candidates.stream().filter(PaymentCandidate::hasAccount)
        .forEach(c -> lines.add(c.line(policies.title(c.edition(), c.programKey()))));
    if (lines.isEmpty()) {
      lines.add("（本单位暂无可拨付的奖补）");
    }
    List<PaymentCandidate> waiting = candidates.stream().filter(c -> !c.hasAccount()).toList();
    if (!waiting.isEmpty()) {
      // first, so that it is never the part cut off
      lines.add(0, "暂不能列入（企业尚未填写收款账户）" + waiting.size() + "项：" + waiting.stream().limit(20)
          .map(PaymentCandidate::applicationNumber).collect(Collectors.joining("、")) + (waiting.size() > 20 ? "等" : ""));
    }
    return VariableText.lines(lines, "提交时全部列入（排除的除外），明细见拨付文件");
  }

  /**
   * 编制拨付批次 submitted: the unit's payable awards but those excluded (application numbers) become
   * the batch's lines, compiled again here from the database. @throws Refusal naming what is wrong
   */
  public Compiled submit(long id, String userId, String excludedText) {
    lock(id);
    expect(id, PaymentBatchStatus.COMPILING);
    String unit = unitOf(id).getCode();
    List<PaymentCandidate> payable = candidates(unit).stream().filter(PaymentCandidate::hasAccount).toList();
    Set<String> excluded = ExcludedNumbers.parse(excludedText);
    Set<String> known = payable.stream().map(PaymentCandidate::applicationNumber).collect(Collectors.toSet());
    List<String> unknown = excluded.stream().filter(number -> !known.contains(number)).toList();
    if (!unknown.isEmpty()) {
      throw Refusal.badInput("「不列入本批次的申请编号」中" + String.join("、", unknown) + "不是本单位可拨付的奖补");
    }
    List<PaymentCandidate> lines = payable.stream().filter(c -> !excluded.contains(c.applicationNumber())).toList();
    if (lines.isEmpty()) {
      throw Refusal.badInput("没有可列入拨付批次的奖补：本单位公示期满的奖补均已拨付、已排除或企业尚未填写收款账户");
    }
    List<Object[]> rows = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < lines.size(); i++) {
      PaymentCandidate line = lines.get(i);
      rows.add(new Object[] {id, i + 1, line.awardId(), line.awardId(), line.amount(),
          policies.payment(line.edition(), line.programKey()).fund()});
      total = total.add(line.amount());
    }
    try {
      jdbc.batchUpdate("insert into payment_line (batch_id, line_no, award_id, open_award_id, amount, fund)"
          + " values (?, ?, ?, ?, ?, ?)", rows);
    } catch (DuplicateKeyException raced) {
      throw Refusal.conflict("部分奖补刚刚已列入另一拨付批次，请刷新后重新编制");
    }
    jdbc.update("update payment_batch set status = ?, line_count = ?, total = ?, compiled_by = ?, compiled_at = ?,"
        + " return_reason = null where id = ?", PaymentBatchStatus.SUBMITTED.name(), lines.size(), total, userId,
        Timestamp.from(clock.now()), id);
    return new Compiled(lines.size(), total);
  }

  public void cancel(long id) {
    lock(id);
    expect(id, PaymentBatchStatus.COMPILING);
    jdbc.update("update payment_batch set status = ?, closed_at = ? where id = ?", PaymentBatchStatus.CANCELLED.name(),
        Timestamp.from(clock.now()), id);
  }

  /** The compiler of a submitted batch: the approver must be someone else. */
  @Transactional(readOnly = true)
  String compiler(long id) {
    return jdbc.queryForObject("select compiled_by from payment_batch where id = ?", String.class, id);
  }

  /** 审核拨付批次 returned it: its lines are released and it is compiled again. */
  public void returnToCompiler(long id, String reason) {
    lock(id);
    expect(id, PaymentBatchStatus.SUBMITTED);
    jdbc.update("delete from payment_line where batch_id = ?", id);
    jdbc.update("update payment_batch set status = ?, line_count = 0, total = 0, compiled_by = null,"
        + " compiled_at = null, return_reason = ? where id = ?", PaymentBatchStatus.COMPILING.name(), reason, id);
  }

  /**
   * 审核拨付批次 approved: the payment is ordered. Each line takes the receiving account as it is now
   * and the 用途 naming the document, clause, program and application; its award becomes ORDERED.
   */
  public void approve(long id, String userId) {
    lock(id);
    expect(id, PaymentBatchStatus.SUBMITTED);
    String number = number(id);
    List<Map<String, Object>> lines = jdbc.queryForList("select l.line_no, l.award_id, a.business_key, a.status,"
        + " a.program_key, a.policy_edition, a.clause, e.name, e.credit_code, x.bank_name, x.account_number"
        + " from payment_line l join award a on a.id = l.award_id join enterprise e on e.credit_code = a.enterprise_code"
        + " left join enterprise_account x on x.credit_code = a.enterprise_code where l.batch_id = ? order by l.line_no",
        id);
    List<Object[]> snapshots = new ArrayList<>();
    List<AwardStatuses.Move> moves = new ArrayList<>();
    List<ApplicationService.Note> notes = new ArrayList<>();
    for (Map<String, Object> line : lines) {
      String edition = (String) line.get("policy_edition");
      String programKey = (String) line.get("program_key");
      String applicationNumber = (String) line.get("business_key");
      if (line.get("account_number") == null) {
        throw Refusal.conflict("第" + line.get("line_no") + "行（" + applicationNumber + "）的企业没有收款账户，请退回重新编制");
      }
      String purpose = policies.documentName(edition) + "第" + line.get("clause") + "条"
          + policies.title(edition, programKey) + "，申请编号" + applicationNumber;
      snapshots.add(new Object[] {line.get("name"), line.get("credit_code"), line.get("bank_name"),
          line.get("account_number"), purpose, id, line.get("line_no")});
      moves.add(new AwardStatuses.Move(((Number) line.get("award_id")).longValue(),
          AwardStatus.valueOf((String) line.get("status")), "拨付批次" + number + "审核通过，下达拨付"));
      notes.add(new ApplicationService.Note(applicationNumber, "拨付批次" + number + "第" + line.get("line_no") + "行"));
    }
    statuses.moveAll(moves, AwardStatus.ORDERED, userId);
    applications.noteAll(notes, Step.PAYMENT, ApplicationEvent.Action.PAYMENT_ORDERED, userId);
    jdbc.batchUpdate("update payment_line set payee_name = ?, credit_code = ?, bank_name = ?, account_number = ?,"
        + " purpose = ? where batch_id = ? and line_no = ?", snapshots);
    jdbc.update("update payment_batch set status = ?, approved_by = ?, approved_at = ? where id = ?",
        PaymentBatchStatus.ORDERED.name(), userId, Timestamp.from(clock.now()), id);
  }

  /** Whether every line of the batch has the bank's result. */
  @Transactional(readOnly = true)
  public boolean settled(long id) {
    return jdbc.queryForObject("select count(*) from payment_line where batch_id = ? and result is null", Integer.class,
        id) == 0;
  }

  void lock(long id) {
    if (jdbc.queryForList("select id from payment_batch where id = ? for update", Long.class, id).isEmpty()) {
      throw Refusal.notFound("没有拨付批次" + number(id));
    }
  }

  PaymentBatchStatus status(long id) {
    return PaymentBatchStatus.valueOf(jdbc.queryForObject("select status from payment_batch where id = ?", String.class,
        id));
  }

  void expect(long id, PaymentBatchStatus expected) {
    PaymentBatchStatus status = status(id);
    if (status != expected) {
      throw Refusal.conflict("拨付批次" + number(id) + "当前为“" + status.label() + "”，不能办理此操作（请刷新后查看）");
    }
  }

}
