package cn.gov.qztb.subsidy.notification;

import cn.gov.qztb.subsidy.engine.EngineUsers;
import cn.gov.qztb.subsidy.engine.SubsidyClock;
import cn.gov.qztb.subsidy.reference.Enterprise;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts messages in the outbox (notification_outbox): one row per recipient and channel the
 * recipient has an address for (e-mail, SMS). The rows are written in the caller's transaction,
 * so a step that rolls back leaves no message and a step that commits always has its messages;
 * nothing is sent here ({@link NotificationDispatcher} sends them). Without a transaction of the
 * caller's, one call's rows are written in a transaction of their own.
 */
@Service
public class Notifications {

  /** An SMS carries the body cut to this many characters (the last one then "…"). */
  public static final int SMS_LENGTH = 300;

  private static final Logger log = LoggerFactory.getLogger(Notifications.class);

  private final JdbcTemplate jdbc;
  private final SubsidyClock clock;
  private final IdentityService identity;
  private final EngineUsers engineUsers;

  public Notifications(JdbcTemplate jdbc, SubsidyClock clock, IdentityService identity, EngineUsers engineUsers) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.identity = identity;
    this.engineUsers = engineUsers;
  }

  /**
   * A message to each of the users (duplicates once), by every channel each has an address for.
   *
   * @param kind what the message is about, e.g. {@code APPROVED} (at most 32 characters)
   * @param businessKey the application number or other key it concerns, or null (at most 32)
   * @param subject the e-mail's subject, one line (at most 200 characters)
   * @param body the text (at most 4,000 characters; an SMS carries its first {@value #SMS_LENGTH})
   * @return the outbox rows written (0 when no user has an address)
   */
  @Transactional
  public int toUsers(Collection<String> userIds, String kind, String businessKey, String subject, String body) {
    check(kind, businessKey, subject, body);
    Timestamp now = Timestamp.from(clock.now());
    List<Object[]> rows = new ArrayList<>();
    for (String userId : new LinkedHashSet<>(userIds)) {
      if (userId == null) {
        throw new IllegalArgumentException("a recipient is null");
      }
      jdbc.query("select email, mobile from user_contact where user_id = ?", contact -> {
        if (contact.getString(1) != null) {
          rows.add(row(userId, Channel.EMAIL, contact.getString(1), kind, businessKey, subject, body, now));
        }
        if (contact.getString(2) != null) {
          rows.add(row(userId, Channel.SMS, contact.getString(2), kind, businessKey, subject, sms(body), now));
        }
      }, userId);
    }
    if (!rows.isEmpty()) {
      jdbc.batchUpdate("insert into notification_outbox (recipient, channel, address, kind, business_key, subject, body,"
          + " status, attempts, next_attempt_at, created_at) values (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)", rows);
    } else {
      log.debug("Notification {} {}: none of the {} recipient(s) has a contact address", kind, businessKey, userIds.size());
    }
    return rows.size();
  }

  /**
   * A message to every staff member of the enterprise (the members of its Camunda group), as
   * {@link #toUsers}. @return the outbox rows written
   */
  @Transactional
  public int toEnterprise(String enterpriseCreditCode, String kind, String businessKey, String subject, String body) {
    return toUsers(staffOf(enterpriseCreditCode), kind, businessKey, subject, body);
  }

  /** The enterprise's staff, read without the caller's authorization checks (the caller may not list users). */
  List<String> staffOf(String enterpriseCreditCode) {
    String group = Enterprise.groupIdOf(enterpriseCreditCode);
    return engineUsers.asSystem(() -> identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list())
        .stream().map(User::getId).toList();
  }

  /** The SMS text: the body, cut to {@value #SMS_LENGTH} characters with "…" as the last. */
  static String sms(String body) {
    if (body.codePointCount(0, body.length()) <= SMS_LENGTH) {
      return body;
    }
    return body.substring(0, body.offsetByCodePoints(0, SMS_LENGTH - 1)) + "…";
  }

  private static Object[] row(String userId, Channel channel, String address, String kind, String businessKey,
      String subject, String body, Timestamp now) {
    return new Object[] {userId, channel.name(), address, kind, businessKey, subject, body, now, now};
  }

  private static void check(String kind, String businessKey, String subject, String body) {
    require(kind != null && !kind.isBlank() && kind.length() <= 32, "kind must be given, at most 32 characters");
    require(businessKey == null || businessKey.length() <= 32, "businessKey must be at most 32 characters");
    require(subject != null && !subject.isBlank() && subject.length() <= 200,
        "subject must be given, at most 200 characters");
    require(subject.chars().noneMatch(Character::isISOControl), "subject must be one line without control characters");
    require(body != null && !body.isBlank() && body.length() <= 4000,
        "body must be given, at most 4000 characters");
  }

  private static void require(boolean holds, String problem) {
    if (!holds) {
      throw new IllegalArgumentException(problem);
    }
  }
}
