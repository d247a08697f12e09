package cn.gov.qztb.subsidy.notification;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.engine.SubsidyClock;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's own contact addresses (user_contact): an e-mail and a mobile number, either may be
 * empty (that channel is then not used). Checked by {@link ContactChecks}, stored as typed.
 */
@Service
@Transactional
public class Contacts {

  /** A user's contact; {@code updatedBy} and {@code updatedAt} are null while none is stored. */
  public record Contact(String userId, String email, String mobile, String updatedBy, Instant updatedAt) {}

  private final JdbcTemplate jdbc;
  private final SubsidyClock clock;
  private final ContactChecks checks;

  public Contacts(JdbcTemplate jdbc, SubsidyClock clock, ContactChecks checks) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.checks = checks;
  }

  @Transactional(readOnly = true)
  public Contact of(String userId) {
    return jdbc.query("select email, mobile, updated_by, updated_at from user_contact where user_id = ?",
        (row, i) -> new Contact(userId, row.getString(1), row.getString(2), row.getString(3), row.getTimestamp(4).toInstant()),
        userId).stream().findFirst().orElse(new Contact(userId, null, null, null, null));
  }

  /**
   * The user's own contact, replaced whole by what they sent ({@code email}, {@code mobile}; a
   * missing or empty one is cleared). @throws Refusal naming each wrong field; nothing is written
   */
  public Contact set(String userId, Map<String, ?> input) {
    ContactChecks.Checked checked = checks.read(input);
    if (!checked.problems().isEmpty()) {
      throw Refusal.badInput(checked.problems());
    }
    Contact before = of(userId);
    if (before.updatedAt() != null && Objects.equals(before.email(), checked.email())
        && Objects.equals(before.mobile(), checked.mobile())) {
      return before;
    }
    Timestamp now = Timestamp.from(clock.now());
    int updated = jdbc.update("update user_contact set email = ?, mobile = ?, updated_by = ?, updated_at = ? where user_id = ?",
        checked.email(), checked.mobile(), userId, now, userId);
    if (updated == 0) {
      try {
        insert(userId, checked.email(), checked.mobile(), userId, now);
      } catch (DuplicateKeyException e) {
        throw Refusal.conflict("您的联系方式刚刚已在别处保存，本次修改未生效，请刷新后查看");
      }
    }
    return of(userId);
  }

  /**
   * The contact of the seed files for a user who has none yet; a contact already stored (the
   * user's own change) is kept. @throws IllegalArgumentException when the seed is malformed
   */
  public void addIfAbsent(String userId, String email, String mobile, String source) {
    Map<String, Object> seed = new HashMap<>();
    seed.put("email", email);
    seed.put("mobile", mobile);
    ContactChecks.Checked checked = checks.read(seed);
    if (!checked.problems().isEmpty()) {
      throw new IllegalArgumentException("contact of " + userId + " in " + source + ": " + checked.problems());
    }
    if (checked.email() == null && checked.mobile() == null) {
      return;
    }
    Integer stored = jdbc.queryForObject("select count(*) from user_contact where user_id = ?", Integer.class, userId);
    if (stored == 0) {
      insert(userId, checked.email(), checked.mobile(), source, Timestamp.from(clock.now()));
    }
  }

  private void insert(String userId, String email, String mobile, String by, Timestamp at) {
    jdbc.update("insert into user_contact (user_id, email, mobile, updated_by, updated_at) values (?, ?, ?, ?, ?)",
        userId, email, mobile, by, at);
  }
}
