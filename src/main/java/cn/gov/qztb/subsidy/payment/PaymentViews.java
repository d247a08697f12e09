package cn.gov.qztb.subsidy.payment;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.access.EnterpriseMemberships;
import cn.gov.qztb.subsidy.access.Viewer;
import cn.gov.qztb.subsidy.account.BankAccounts;
import cn.gov.qztb.subsidy.policy.PolicyBook;
import cn.gov.qztb.subsidy.program.Money;
import cn.gov.qztb.subsidy.reference.DistrictUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see and handle which batch: the paying unit's staff their unit's batches (and only they
 * download payment files or record returns, since the files hold full account numbers);
 * administrators read every batch with accounts masked. Everyone else is refused.
 */
@Service
@Transactional(readOnly = true)
public class PaymentViews {

  private final JdbcTemplate jdbc;
  private final PaymentBatches batches;
  private final PolicyBook policies;
  private final EnterpriseMemberships memberships;

  public PaymentViews(JdbcTemplate jdbc, PaymentBatches batches, PolicyBook policies,
      EnterpriseMemberships memberships) {
    this.jdbc = jdbc;
    this.batches = batches;
    this.policies = policies;
    this.memberships = memberships;
  }

  /** The one paying unit the user works for. @throws Refusal (403) otherwise */
  String payingUnitOf(Viewer viewer) {
    Set<String> paying = new TreeSet<>(viewer.unitCodes());
    paying.retainAll(policies.payingUnits());
    if (paying.size() != 1) {
      throw Refusal.forbidden("只有负责拨付的区直单位（如区财政金融与国资局、区民生保障局）的经办人员可以编制拨付批次");
    }
    return paying.iterator().next();
  }

  List<Map<String, Object>> batches(Viewer viewer) {
    if (!viewer.administrator() && viewer.unitCodes().isEmpty()) {
      throw Refusal.forbidden("只有拨付单位的经办人员和管理员可以查看拨付批次");
    }
    List<Map<String, Object>> rows = viewer.administrator()
        ? jdbc.queryForList("select * from payment_batch order by id desc")
        : jdbc.queryForList("select * from payment_batch where unit_code in (" + String.join(",",
            viewer.unitCodes().stream().map(code -> "?").toList()) + ") order by id desc", viewer.unitCodes().toArray());
    return rows.stream().map(row -> {
      Map<String, Object> shown = summary(row);
      shown.put("mayHandle", viewer.unitCodes().contains((String) row.get("unit_code")));
      return shown;
    }).toList();
  }

  Map<String, Object> batch(long id, Viewer viewer) {
    DistrictUnit unit = batches.unitOf(id);
    if (!viewer.administrator() && !viewer.unitCodes().contains(unit.getCode())) {
      throw Refusal.forbidden("拨付批次" + PaymentBatches.number(id) + "不属于您所在的单位，无权查看");
    }
    Map<String, Object> shown = summary(batches.batch(id));
    List<Map<String, Object>> lines = new ArrayList<>();
    jdbc.query("select l.line_no, a.business_key, e.name, l.amount, l.fund, l.bank_name, l.account_number, l.result,"
        + " l.bank_reference, l.paid_on, l.failure_reason from payment_line l join award a on a.id = l.award_id"
        + " join enterprise e on e.credit_code = a.enterprise_code where l.batch_id = ? order by l.line_no", row -> {
          Map<String, Object> line = new LinkedHashMap<>();
          line.put("lineNo", row.getInt(1));
          line.put("applicationNumber", row.getString(2));
          line.put("enterpriseName", row.getString(3));
          line.put("amount", Money.format(row.getBigDecimal(4)));
          line.put("fund", row.getString(5));
          line.put("bankName", row.getString(6));
          line.put("accountNumber", BankAccounts.mask(row.getString(7)));
          line.put("result", row.getString(8) == null ? "待回单" : "PAID".equals(row.getString(8)) ? "成功" : "失败");
          line.put("bankReference", row.getString(9));
          line.put("paidOn", row.getDate(10) == null ? null : row.getDate(10).toString());
          line.put("failureReason", row.getString(11));
          lines.add(line);
        }, id);
    shown.put("lines", lines);
    return shown;
  }

  /** @return the user, staff of the batch's unit @throws Refusal (403) otherwise, administrators included */
  String requireStaff(long id, String userId) {
    DistrictUnit unit = batches.unitOf(id);
    return memberships.requireMember(userId, unit.getGroupId(), "拨付单位“" + unit.getName() + "”", "办理本批次");
  }

  /** The batch, once ordered, for its unit's staff. @throws Refusal otherwise */
  long requireOrdered(long id, String userId) {
    requireStaff(id, userId);
    PaymentBatchStatus status = batches.status(id);
    if (status != PaymentBatchStatus.ORDERED && status != PaymentBatchStatus.COMPLETED) {
      throw Refusal.conflict("拨付批次" + PaymentBatches.number(id) + "当前为“" + status.label() + "”，审核通过后才有拨付文件");
    }
    return id;
  }

  private Map<String, Object> summary(Map<String, Object> row) {
    long id = ((Number) row.get("id")).longValue();
    PaymentBatchStatus status = PaymentBatchStatus.valueOf((String) row.get("status"));
    Map<String, Object> shown = new LinkedHashMap<>();
    shown.put("number", PaymentBatches.number(id));
    shown.put("unitCode", row.get("unit_code"));
    shown.put("status", status.name());
    shown.put("statusLabel", status.label());
    shown.put("lineCount", row.get("line_count"));
    shown.put("total", Money.format((BigDecimal) row.get("total")));
    shown.put("compiledBy", row.get("compiled_by"));
    shown.put("approvedBy", row.get("approved_by"));
    shown.put("returnReason", row.get("return_reason"));
    return shown;
  }
}
