package cn.gov.qztb.subsidy.ledger;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.engine.SubsidyClock;
import java.sql.Timestamp;
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

  private final JdbcTemplate jdbc;
  private final SubsidyClock clock;
  private final ApplicationEventPublisher events;

  public AwardStatuses(JdbcTemplate jdbc, SubsidyClock clock, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.events = events;
  }

  /** @throws Refusal (409) when the award is no longer {@code from}, or the move is not allowed */
  @Transactional
  public void move(long awardId, AwardStatus from, AwardStatus to, String actor, String note) {
    if (!from.mayBecome(to)) {
      throw new IllegalArgumentException("no transition " + from + " → " + to);
    }
    Timestamp now = Timestamp.from(clock.now());
    int moved = jdbc.update("update award set status = ?, status_changed_at = ? where id = ? and status = ?",
        to.name(), now, awardId, from.name());
    if (moved == 0) {
      String current = jdbc.queryForList("select status from award where id = ?", String.class, awardId).stream()
          .findFirst().map(status -> AwardStatus.valueOf(status).label()).orElse("不存在");
      throw Refusal.conflict("奖补记录" + awardId + "当前状态为“" + current + "”，不能改为“" + to.label()
          + "”（可能已由他人办理，请刷新后查看）");
    }
    jdbc.update("insert into award_status_event (award_id, occurred_at, from_status, to_status, actor, note)"
        + " values (?, ?, ?, ?, ?, ?)", awardId, now, from.name(), to.name(), actor, note);
    events.publishEvent(new AwardStatusChanged(awardId, from, to));
  }

  public AwardStatus of(long awardId) {
    return AwardStatus.valueOf(jdbc.queryForObject("select status from award where id = ?", String.class, awardId));
  }
}
