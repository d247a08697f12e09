package cn.gov.qztb.subsidy.account;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.engine.SubsidyClock;
import cn.gov.qztb.subsidy.program.FilingReader;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 收款账户: an enterprise's receiving account for 拨付 (bank name and account number, checked for
 * form, stored as typed). Every change is kept with who and when; numbers are shown masked.
 */
@Service
@Transactional
public class BankAccounts {

  /** The account as shown: the number masked but for its last four digits. */
  public record Shown(String bankName, String accountNumber, String updatedBy, Instant updatedAt) {}

  /** A change as shown, masked. */
  public record Change(String changedBy, Instant changedAt, String before, String after) {}

  private final JdbcTemplate jdbc;
  private final SubsidyClock clock;

  public BankAccounts(JdbcTemplate jdbc, SubsidyClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** @throws Refusal naming each field that is missing or wrong (nothing is written) */
  public Shown set(String creditCode, Map<String, Object> input, String userId) {
    FilingReader reader = new FilingReader(input);
    String bank = reader.text("bankName", "开户银行", 64);
    String number = reader.text("accountNumber", "银行账号", 32);
    if (bank != null) {
      reader.require(bank.codePointCount(0, bank.length()) >= 4 && bank.matches("[\\p{IsHan}A-Za-z0-9（）()·]+"), "bankName",
          "开户银行", "应为开户银行的全称，如“中国工商银行泉州台商投资区支行”，只含汉字、字母、数字和括号");
    }
    if (number != null) {
      reader.require(number.matches("\\d{8,32}"), "accountNumber", "银行账号",
          "应为8至32位数字，不含空格或其他符号（收到" + number.length() + "个字符）");
    }
    reader.done();
    Optional<Map<String, Object>> before = jdbc.queryForList("select bank_name, account_number from enterprise_account"
        + " where credit_code = ? for update", creditCode).stream().findFirst();
    if (before.isPresent() && bank.equals(before.get().get("bank_name")) && number.equals(before.get().get("account_number"))) {
      return shown(creditCode).orElseThrow();
    }
    Timestamp now = Timestamp.from(clock.now());
    if (before.isPresent()) {
      jdbc.update("update enterprise_account set bank_name = ?, account_number = ?, updated_by = ?, updated_at = ?"
          + " where credit_code = ?", bank, number, userId, now, creditCode);
    } else {
      jdbc.update("insert into enterprise_account (credit_code, bank_name, account_number, updated_by, updated_at)"
          + " values (?, ?, ?, ?, ?)", creditCode, bank, number, userId, now);
    }
    jdbc.update("insert into enterprise_account_change (credit_code, changed_by, changed_at, old_bank_name, old_number,"
        + " new_bank_name, new_number) values (?, ?, ?, ?, ?, ?, ?)", creditCode, userId, now,
        before.map(b -> b.get("bank_name")).orElse(null), before.map(b -> b.get("account_number")).orElse(null), bank, number);
    return shown(creditCode).orElseThrow();
  }

  @Transactional(readOnly = true)
  public Optional<Shown> shown(String creditCode) {
    return jdbc.query("select bank_name, account_number, updated_by, updated_at from enterprise_account"
        + " where credit_code = ?", (row, i) -> new Shown(row.getString(1), mask(row.getString(2)), row.getString(3),
            row.getTimestamp(4).toInstant()), creditCode).stream().findFirst();
  }

  @Transactional(readOnly = true)
  public List<Change> changes(String creditCode) {
    return jdbc.query("select changed_by, changed_at, old_bank_name, old_number, new_bank_name, new_number"
        + " from enterprise_account_change where credit_code = ? order by id", (row, i) -> new Change(row.getString(1),
            row.getTimestamp(2).toInstant(), row.getString(3) == null ? null : row.getString(3) + " " + mask(row.getString(4)),
            row.getString(5) + " " + mask(row.getString(6))), creditCode);
  }

  /** 6222020200001234567 → ************** 4567 */
  public static String mask(String number) {
    if (number == null) {
      return null;
    }
    int shown = Math.min(4, number.length());
    return "*".repeat(number.length() - shown) + number.substring(number.length() - shown);
  }
}
