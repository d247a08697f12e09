package cn.gov.qztb.subsidy.notification;

import cn.gov.qztb.subsidy.engine.SubsidyClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds. Each due row is first claimed by a conditional update (PENDING →
 * SENDING), committed at once, so that of several nodes (or threads) exactly one sends it; then
 * it is sent through its channel and marked SENT. A failed send puts the row back to PENDING,
 * one attempt more, due again after a backoff of 1, 2, 4 … minutes, at most 60: no message is
 * dropped. A row a node left SENDING for over 10 minutes (it stopped mid-send) is due again. The
 * state is all in the database; nodes share nothing else.
 */
@Component
public class NotificationDispatcher {

  static final int BATCH = 100;
  static final Duration STALE_CLAIM = Duration.ofMinutes(10);
  static final Duration MAX_BACKOFF = Duration.ofMinutes(60);
  static final int ERROR_LENGTH = 1000;

  private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

  private record Due(long id, Channel channel, String address, String subject, String body, int attempts) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final SubsidyClock clock;
  private final Map<Channel, NotificationChannel> channels = new EnumMap<>(Channel.class);

  public NotificationDispatcher(JdbcTemplate jdbc, PlatformTransactionManager transactions, SubsidyClock clock,
      List<NotificationChannel> channels) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
    for (NotificationChannel channel : channels) {
      if (this.channels.put(channel.channel(), channel) != null) {
        throw new IllegalStateException("two notification channels for " + channel.channel());
      }
    }
  }

  /** Sends the due rows (at most {@value #BATCH}, oldest first) that this call claims. @return how many were sent */
  public int dispatchDue() {
    requeueStale();
    Timestamp now = Timestamp.from(clock.now());
    List<Due> due = ownTransaction.execute(status -> jdbc.query(
        "select id, channel, address, subject, body, attempts from notification_outbox"
            + " where status = 'PENDING' and next_attempt_at <= ? order by created_at, id fetch first " + BATCH + " rows only",
        (row, i) -> new Due(row.getLong(1), Channel.valueOf(row.getString(2)), row.getString(3), row.getString(4),
            row.getString(5), row.getInt(6)), now));
    int sent = 0;
    for (Due row : due) {
      Timestamp claimedAt = Timestamp.from(clock.now());
      if (claim(row, claimedAt) && send(row, claimedAt)) {
        sent++;
      }
    }
    return sent;
  }

  private boolean claim(Due row, Timestamp claimedAt) {
    Integer claimed = ownTransaction.execute(status -> jdbc.update("update notification_outbox set status = 'SENDING',"
        + " claimed_at = ? where id = ? and status = 'PENDING'", claimedAt, row.id()));
    return claimed != null && claimed == 1;
  }

  private boolean send(Due row, Timestamp claimedAt) {
    try {
      NotificationChannel channel = channels.get(row.channel());
      if (channel == null) {
        throw new IllegalStateException("no channel for " + row.channel());
      }
      channel.send(row.address(), row.subject(), row.body());
    } catch (Exception e) {
      failed(row, claimedAt, e);
      return false;
    }
    Integer marked = ownTransaction.execute(status -> jdbc.update("update notification_outbox set status = 'SENT', sent_at = ?,"
        + " last_error = null where id = ? and status = 'SENDING' and claimed_at = ?",
        Timestamp.from(clock.now()), row.id(), claimedAt));
    if (marked == null || marked != 1) {
      log.warn("Notification {} was sent, but its claim had been released meanwhile: it may be sent twice", row.id());
    }
    return true;
  }

  private void failed(Due row, Timestamp claimedAt, Exception e) {
    int attempts = row.attempts() + 1;
    Instant next = clock.now().plus(backoff(attempts));
    String error = cut(e.toString(), ERROR_LENGTH);
    ownTransaction.execute(status -> jdbc.update("update notification_outbox set status = 'PENDING', attempts = ?,"
        + " last_error = ?, next_attempt_at = ?, claimed_at = null where id = ? and status = 'SENDING' and claimed_at = ?",
        attempts, error, Timestamp.from(next), row.id(), claimedAt));
    log.warn("Notification {} ({}) not sent, attempt {}, next at {}: {}", row.id(), row.channel(), attempts, next, error);
  }

  /** Rows left SENDING for over {@link #STALE_CLAIM} by a node that stopped: due again, one attempt more. */
  private void requeueStale() {
    Instant now = clock.now();
    Integer requeued = ownTransaction.execute(status -> jdbc.update("update notification_outbox set status = 'PENDING',"
        + " attempts = attempts + 1, next_attempt_at = ?, claimed_at = null,"
        + " last_error = 'not confirmed: claimed and not finished within " + STALE_CLAIM.toMinutes() + " minutes'"
        + " where status = 'SENDING' and claimed_at < ?", Timestamp.from(now), Timestamp.from(now.minus(STALE_CLAIM))));
    if (requeued != null && requeued > 0) {
      log.warn("{} notification(s) left unfinished by a node for over {} minutes are due again", requeued,
          STALE_CLAIM.toMinutes());
    }
  }

  /** The wait after the n-th failed attempt: 1, 2, 4 … minutes, at most {@link #MAX_BACKOFF}. */
  static Duration backoff(int attempts) {
    Duration wait = Duration.ofMinutes(1L << Math.min(Math.max(attempts, 1) - 1, 10));
    return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
  }

  /** At most {@code length} characters, a surrogate pair never split. */
  static String cut(String text, int length) {
    if (text.length() <= length) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
    return text.substring(0, end);
  }
}
