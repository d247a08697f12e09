package cn.gov.qztb.subsidy.payment;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.application.ApplicationEvent;
import cn.gov.qztb.subsidy.application.ApplicationService;
import cn.gov.qztb.subsidy.application.Step;
import cn.gov.qztb.subsidy.engine.SubsidyClock;
import cn.gov.qztb.subsidy.ledger.AwardStatus;
import cn.gov.qztb.subsidy.ledger.AwardStatuses;
import cn.gov.qztb.subsidy.program.Money;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bank's answer to an ordered batch, from its return file or typed line by line: a paid line
 * records the bank's reference and the day (PAID); a failed line its reason (PAYMENT_FAILED), and
 * the enterprise is asked to check its account. Answers that do not match the batch — an unknown
 * line, another batch, a different amount, a line already answered — refuse the whole lot, naming
 * each; nothing is recorded then.
 */
@Service
@Transactional
public class BankReturns {

  static final String PAID = "成功";
  static final String FAILED = "失败";

  /** What an answer recorded, and how many lines still wait for one. */
  public record Recorded(int paid, int failed, int remaining) {}

  private record Line(long awardId, String applicationNumber, BigDecimal amount, String result) {}

  private final JdbcTemplate jdbc;
  private final PaymentBatches batches;
  private final AwardStatuses statuses;
  private final ApplicationService applications;
  private final AccountChecks accountChecks;
  private final SubsidyClock clock;

  public BankReturns(JdbcTemplate jdbc, PaymentBatches batches, AwardStatuses statuses,
      ApplicationService applications, AccountChecks accountChecks, SubsidyClock clock) {
    this.jdbc = jdbc;
    this.batches = batches;
    this.statuses = statuses;
    this.applications = applications;
    this.accountChecks = accountChecks;
    this.clock = clock;
  }

  /** @throws Refusal naming every answer that does not match the batch (nothing is recorded) */
  public Recorded record(long id, List<BankResult> results, String userId) {
    batches.lock(id);
    batches.expect(id, PaymentBatchStatus.ORDERED);
    String number = PaymentBatches.number(id);
    Map<Integer, Line> lines = lines(id);
    List<String> problems = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    List<Integer> order = new ArrayList<>();
    for (BankResult result : results) {
      String where = result.where();
      if (result.batchNumber() != null && !number.equals(result.batchNumber())) {
        problems.add(where + "：批次号“" + shorten(result.batchNumber()) + "”不是本批次" + number);
        continue;
      }
      Integer lineNo = result.lineNo().matches("\\d{1,6}") ? Integer.valueOf(result.lineNo()) : null;
      Line line = lineNo == null ? null : lines.get(lineNo);
      if (line == null) {
        problems.add(where + "：序号“" + shorten(result.lineNo()) + "”不在本批次中（本批次共" + lines.size() + "行）");
        continue;
      }
      if (!seen.add(lineNo)) {
        problems.add(where + "：序号" + lineNo + "重复出现");
        continue;
      }
      if (line.result() != null) {
        problems.add(where + "：序号" + lineNo + "（" + line.applicationNumber() + "）已登记为“" + label(line.result())
            + "”，不能再次登记");
      }
      if (!PAID.equals(result.result()) && !FAILED.equals(result.result())) {
        problems.add(where + "：「结果」应为“成功”或“失败”（收到“" + shorten(result.result()) + "”）");
      } else if (PAID.equals(result.result()) && !result.reference().matches("[A-Za-z0-9_-]{1,64}")) {
        problems.add(where + "：「银行流水号」为必填项，只含字母、数字、-和_，至多64位");
      } else if (FAILED.equals(result.result()) && (result.reason().isBlank() || result.reason().length() > 200)) {
        problems.add(where + "：「失败原因」为必填项，至多200字");
      }
      if (!result.amount().isEmpty()) {
        if (!result.amount().matches("\\d{1,13}(\\.\\d{1,2})?")) {
          problems.add(where + "：「金额（元）」应为金额数字，如15000.00（收到“" + shorten(result.amount()) + "”）");
        } else if (new BigDecimal(result.amount()).compareTo(line.amount()) != 0) {
          problems.add(where + "：金额" + result.amount() + "与本批次序号" + lineNo + "的金额" + Money.display(line.amount())
              + "不符");
        }
      }
      order.add(lineNo);
    }
    if (results.isEmpty()) {
      problems.add("没有银行回单记录");
    }
    if (!problems.isEmpty()) {
      throw Refusal.badInput(problems);
    }
    LocalDate today = clock.today();
    Timestamp now = Timestamp.from(clock.now());
    List<Object[]> updates = new ArrayList<>();
    List<AwardStatuses.Move> paid = new ArrayList<>();
    List<AwardStatuses.Move> failed = new ArrayList<>();
    List<ApplicationService.Note> paidNotes = new ArrayList<>();
    List<ApplicationService.Note> failedNotes = new ArrayList<>();
    List<ApplicationService.Note> checks = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      BankResult result = results.get(i);
      int lineNo = order.get(i);
      Line line = lines.get(lineNo);
      boolean success = PAID.equals(result.result());
      updates.add(new Object[] {success ? "PAID" : "FAILED", success ? result.reference() : null, success ? today : null,
          success ? null : result.reason(), userId, now, success ? line.awardId() : null, id, lineNo});
      String where = "（" + number + "第" + lineNo + "行）";
      if (success) {
        paid.add(new AwardStatuses.Move(line.awardId(), AwardStatus.ORDERED, "银行流水号" + result.reference() + where));
        paidNotes.add(new ApplicationService.Note(line.applicationNumber(), today + "到账，银行流水号" + result.reference()));
      } else {
        failed.add(new AwardStatuses.Move(line.awardId(), AwardStatus.ORDERED, "拨付失败：" + result.reason() + where));
        failedNotes.add(new ApplicationService.Note(line.applicationNumber(), "拨付失败：" + result.reason() + "。请核对收款账户"));
        checks.add(new ApplicationService.Note(line.applicationNumber(), result.reason()));
      }
    }
    // conditional on the line still waiting: of two returns racing past the lock, the second changes nothing
    int[][] counts = jdbc.batchUpdate("update payment_line set result = ?, bank_reference = ?, paid_on = ?,"
        + " failure_reason = ?, settled_by = ?, settled_at = ?, open_award_id = ? where batch_id = ? and line_no = ?"
        + " and result is null", updates, 500, (statement, row) -> {
          for (int c = 0; c < row.length; c++) {
            statement.setObject(c + 1, row[c]);
          }
        });
    for (int[] batch : counts) {
      for (int count : batch) {
        if (count == 0) {
          throw Refusal.conflict("本批次的部分回单刚刚已由他人登记，请刷新后查看");
        }
      }
    }
    statuses.moveAll(paid, AwardStatus.PAID, userId);
    statuses.moveAll(failed, AwardStatus.PAYMENT_FAILED, userId);
    applications.noteAll(paidNotes, Step.PAYMENT, ApplicationEvent.Action.PAID, userId);
    applications.noteAll(failedNotes, Step.PAYMENT, ApplicationEvent.Action.PAYMENT_FAILED, userId);
    checks.forEach(check -> accountChecks.request(check.businessKey(), check.comment()));
    int remaining = (int) lines.values().stream().filter(l -> l.result() == null).count() - results.size();
    if (remaining == 0) {
      jdbc.update("update payment_batch set status = ?, closed_at = ? where id = ?",
          PaymentBatchStatus.COMPLETED.name(), now, id);
    }
    return new Recorded(paid.size(), failed.size(), remaining);
  }

  /** Lines typed in 登记银行回单: {@code 序号,成功,银行流水号} or {@code 序号,失败,失败原因}, one per line. */
  static List<BankResult> typed(String text) {
    List<BankResult> results = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return results;
    }
    String[] lines = text.strip().split("\\R");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] parts = lines[i].strip().split("\\s*[,，]\\s*", 3);
      String third = parts.length > 2 ? parts[2].strip() : "";
      String result = parts.length > 1 ? parts[1].strip() : "";
      results.add(new BankResult("「银行回单登记」第" + (i + 1) + "行", null, parts[0].strip(), result,
          PAID.equals(result) ? third : "", FAILED.equals(result) ? third : "", ""));
    }
    return results;
  }

  private Map<Integer, Line> lines(long id) {
    Map<Integer, Line> lines = new HashMap<>();
    jdbc.query("select l.line_no, l.award_id, a.business_key, l.amount, l.result from payment_line l"
        + " join award a on a.id = l.award_id where l.batch_id = ?", row -> {
          lines.put(row.getInt(1), new Line(row.getLong(2), row.getString(3), row.getBigDecimal(4), row.getString(5)));
        }, id);
    return lines;
  }

  private static String label(String result) {
    return "PAID".equals(result) ? "已到账" : "拨付失败";
  }

  private static String shorten(String text) {
    return text.length() <= 20 ? text : text.substring(0, 20) + "…";
  }
}
