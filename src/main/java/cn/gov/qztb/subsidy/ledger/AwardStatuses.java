package cn.gov.qztb.subsidy.ledger;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.engine.SubsidyClock;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves an award from one status to the next, strictly: only an allowed transition, and only from
 * the status the caller saw. The update is conditional on that status, so of two clicks, jobs or
 * nodes racing to move the same award exactly one succeeds; the other is refused.
 */
@Service
public class AwardStatuses {

  private static final int BATCH = 500;

  private final JdbcTemplate jdbc;
  private final SubsidyClock clock;
  private final ApplicationEventPublisher events;

  public AwardStatuses(JdbcTemplate jdbc, SubsidyClock clock, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.events = events;
  }

  /** One award's move: from the status its mover saw, with the note kept in its history. */
  public record Move(long awardId, AwardStatus from, String note) {}

  /** @throws Refusal (409) when the award is no longer {@code from}, or the move is not allowed */
  @Transactional
  public void move(long awardId, AwardStatus from, AwardStatus to, String actor, String note) {
    moveAll(List.of(new Move(awardId, from, note)), to, actor);
  }

  /**
   * Moves many awards at once (a 公示 list, a payment batch), by JDBC batches; all or none.
   * @throws Refusal (409) naming an award no longer in the status its mover saw
   */
  @Transactional
  public void moveAll(List<Move> moves, AwardStatus to, String actor) {
    moves.forEach(move -> {
      if (!move.from().mayBecome(to)) {
        throw new IllegalArgumentException("no transition " + move.from() + " → " + to);
      }
    });
    Timestamp now = Timestamp.from(clock.now());
    int[][] counts = jdbc.batchUpdate("update award set status = ?, status_changed_at = ? where id = ? and status = ?",
        moves, BATCH, (statement, move) -> {
          statement.setString(1, to.name());
          statement.setTimestamp(2, now);
          statement.setLong(3, move.awardId());
          statement.setString(4, move.from().name());
        });
    for (int i = 0, n = 0; i < counts.length; i++) {
      for (int count : counts[i]) {
        if (count == 0) {
          throw lost(moves.get(n).awardId(), to);
        }
        n++;
      }
    }
    jdbc.batchUpdate("insert into award_status_event (award_id, occurred_at, from_status, to_status, actor, note)"
        + " values (?, ?, ?, ?, ?, ?)", moves, BATCH, (statement, move) -> {
          statement.setLong(1, move.awardId());
          statement.setTimestamp(2, now);
          statement.setString(3, move.from().name());
          statement.setString(4, to.name());
          statement.setString(5, actor);
          statement.setString(6, move.note());
        });
    moves.forEach(move -> events.publishEvent(new AwardStatusChanged(move.awardId(), move.from(), to)));
  }

  private Refusal lost(long awardId, AwardStatus to) {
    String current = jdbc.queryForList("select status from award where id = ?", String.class, awardId).stream()
        .findFirst().map(status -> AwardStatus.valueOf(status).label()).orElse("不存在");
    return Refusal.conflict("奖补记录" + awardId + "当前状态为“" + current + "”，不能改为“" + to.label()
        + "”（可能已由他人办理，请刷新后查看）");
  }

  public AwardStatus of(long awardId) {
    return AwardStatus.valueOf(jdbc.queryForObject("select status from award where id = ?", String.class, awardId));
  }
}
