package cn.gov.qztb.subsidy.publicity;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.SubsidyProperties;
import cn.gov.qztb.subsidy.application.ApplicationEvent;
import cn.gov.qztb.subsidy.application.ApplicationService;
import cn.gov.qztb.subsidy.application.Step;
import cn.gov.qztb.subsidy.calendar.CalendarNotCovered;
import cn.gov.qztb.subsidy.calendar.WorkingCalendar;
import cn.gov.qztb.subsidy.engine.SubsidyClock;
import cn.gov.qztb.subsidy.ledger.AwardStatus;
import cn.gov.qztb.subsidy.ledger.AwardStatuses;
import cn.gov.qztb.subsidy.policy.PolicyBook;
import cn.gov.qztb.subsidy.reference.DistrictUnit;
import cn.gov.qztb.subsidy.reference.DistrictUnitRepository;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import cn.gov.qztb.subsidy.workflow.ExcludedNumbers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 公示: a unit's list of approved awards, published for the edition's working days; at its end
 * each entry without an open objection is publicized. Every change of a list takes the list's row
 * lock, so the period's end and an objection's decision never cross.
 */
@Service
@Transactional
public class PublicityService {

  /** A list once published: its number, period and end (23:59:59 of its last working day). */
  public record Period(String number, LocalDate publishedOn, LocalDate endsOn, int workingDays, Instant endsAt,
      int entries) {}

  private final JdbcTemplate jdbc;
  private final AwardStatuses statuses;
  private final PolicyBook policies;
  private final WorkingCalendar calendar;
  private final SubsidyClock clock;
  private final DistrictUnitRepository units;
  private final ApplicationService applications;
  private final ZoneId zone;

  public PublicityService(JdbcTemplate jdbc, AwardStatuses statuses, PolicyBook policies, WorkingCalendar calendar,
      SubsidyClock clock, DistrictUnitRepository units, ApplicationService applications, SubsidyProperties properties) {
    this.jdbc = jdbc;
    this.statuses = statuses;
    this.policies = policies;
    this.calendar = calendar;
    this.clock = clock;
    this.units = units;
    this.applications = applications;
    this.zone = properties.zone();
  }

  /** The process of a 公示 list. */
  public static final String PROCESS = "awardPublicity";

  public static String number(long id) {
    return String.format("GS-%06d", id);
  }

  /** A new list of the unit, compiled in its process instance. */
  public long open(String unitCode, String userId, String processInstanceId) {
    jdbc.update("insert into publicity (unit_code, process_instance_id, status, started_by, created_at)"
        + " values (?, ?, ?, ?, ?)", unitCode, processInstanceId, PublicityStatus.COMPILING.name(), userId,
        Timestamp.from(clock.now()));
    return jdbc.queryForObject("select id from publicity where process_instance_id = ?", Long.class, processInstanceId);
  }

  public long idOf(String processInstanceId) {
    return jdbc.queryForObject("select id from publicity where process_instance_id = ?", Long.class, processInstanceId);
  }

  public DistrictUnit unitOf(long publicityId) {
    String code = jdbc.queryForObject("select unit_code from publicity where id = ?", String.class, publicityId);
    return units.findById(code).orElseThrow();
  }

  /** The unit's approved awards on no list yet, oldest first. */
  @Transactional(readOnly = true)
  public List<Candidate> candidates(String unitCode) {
    return jdbc.query("select a.id, a.business_key, a.program_key, a.policy_edition, a.clause, a.amount, e.name"
            + " from award a join enterprise e on e.credit_code = a.enterprise_code where a.status = ?"
            + " and not exists (select 1 from publicity_entry p where p.award_id = a.id) order by a.id",
            (row, i) -> new Candidate(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getInt(5),
                policies.title(row.getString(4), row.getString(3)), row.getString(7), row.getBigDecimal(6)),
            AwardStatus.APPROVED.name()).stream()
        .filter(candidate -> unitCode.equals(policies.approvingUnit(candidate.edition(), candidate.programKey())))
        .toList();
  }

  /**
   * Publishes the unit's approved awards but those excluded (application numbers). The period
   * starts today and lasts the longest 公示 term of the entries' programs; today counts as day 1
   * when it is a working day. @throws Refusal naming what is wrong (nothing changes)
   */
  public Period publish(long id, String userId, String excludedText) {
    lock(id);
    expect(id, PublicityStatus.COMPILING);
    String unit = jdbc.queryForObject("select unit_code from publicity where id = ?", String.class, id);
    List<Candidate> candidates = candidates(unit);
    Set<String> excluded = ExcludedNumbers.parse(excludedText);
    Set<String> known = candidates.stream().map(Candidate::applicationNumber).collect(Collectors.toSet());
    List<String> unknown = excluded.stream().filter(number -> !known.contains(number)).toList();
    if (!unknown.isEmpty()) {
      throw Refusal.badInput("「不列入本次公示的申请编号」中" + String.join("、", unknown) + "不是本单位待公示的奖补");
    }
    List<Candidate> entries = candidates.stream().filter(c -> !excluded.contains(c.applicationNumber())).toList();
    if (entries.isEmpty()) {
      throw Refusal.badInput("没有可列入公示的奖补：本单位已批准的奖补均已公示或已排除");
    }
    int days = entries.stream().mapToInt(c -> policies.publicityWorkingDays(c.edition(), c.programKey())).max().orElseThrow();
    LocalDate today = clock.today();
    LocalDate endsOn = lastDay(today, days);
    String number = number(id);
    statuses.moveAll(entries.stream().map(entry -> new AwardStatuses.Move(entry.awardId(), AwardStatus.APPROVED,
        "列入公示名单" + number)).toList(), AwardStatus.IN_PUBLICITY, userId);
    jdbc.batchUpdate("insert into publicity_entry (publicity_id, award_id) values (?, ?)",
        entries.stream().map(entry -> new Object[] {id, entry.awardId()}).toList());
    applications.noteAll(entries.stream().map(entry -> new ApplicationService.Note(entry.applicationNumber(),
        "公示名单" + number)).toList(), Step.PUBLICITY, ApplicationEvent.Action.PUBLICIZED, userId);
    jdbc.update("update publicity set status = ?, working_days = ?, published_on = ?, ends_on = ?, phone = ?,"
        + " published_by = ?, published_at = ? where id = ?", PublicityStatus.PUBLISHED.name(), days, today, endsOn,
        unitOf(id).getPhone(), userId, Timestamp.from(clock.now()), id);
    return new Period(number, today, endsOn, days, endsAt(endsOn), entries.size());
  }

  public void cancel(long id) {
    lock(id);
    expect(id, PublicityStatus.COMPILING);
    jdbc.update("update publicity set status = ?, closed_at = ? where id = ?", PublicityStatus.CANCELLED.name(),
        Timestamp.from(clock.now()), id);
  }

  /** When the period ends: 23:59:59 of its last working day, district time. */
  public Instant endsAt(long id) {
    return endsAt(jdbc.queryForObject("select ends_on from publicity where id = ?", LocalDate.class, id));
  }

  /** At the period's end: every entry without an open objection is publicized; the others wait for their decision. */
  public int close(long id) {
    lock(id);
    expect(id, PublicityStatus.PUBLISHED);
    List<Long> ready = jdbc.queryForList("select e.award_id from publicity_entry e join award a on a.id = e.award_id"
        + " where e.publicity_id = ? and a.status = ? and not exists (select 1 from objection o where o.publicity_id"
        + " = e.publicity_id and o.award_id = e.award_id and o.status = 'OPEN') order by e.award_id", Long.class, id,
        AwardStatus.IN_PUBLICITY.name());
    statuses.moveAll(ready.stream().map(award -> new AwardStatuses.Move(award, AwardStatus.IN_PUBLICITY,
        "公示期满无异议（" + number(id) + "）")).toList(), AwardStatus.PUBLICIZED, null);
    jdbc.update("update publicity set status = ?, closed_at = ? where id = ?", PublicityStatus.CLOSED.name(),
        Timestamp.from(clock.now()), id);
    return ready.size();
  }

  void lock(long id) {
    if (jdbc.queryForList("select id from publicity where id = ? for update", Long.class, id).isEmpty()) {
      throw Refusal.notFound("没有公示名单" + number(id));
    }
  }

  PublicityStatus status(long id) {
    return PublicityStatus.valueOf(jdbc.queryForObject("select status from publicity where id = ?", String.class, id));
  }

  private void expect(long id, PublicityStatus expected) {
    PublicityStatus status = status(id);
    if (status != expected) {
      throw Refusal.conflict("公示名单" + number(id) + "当前为“" + status.label() + "”，不能办理此操作（请刷新后查看）");
    }
  }

  private LocalDate lastDay(LocalDate today, int days) {
    try {
      boolean counts = calendar.isWorkingDay(today);
      if (counts && days == 1) {
        return today;
      }
      return calendar.workingDaysAfter(today, counts ? days - 1 : days);
    } catch (CalendarNotCovered notCovered) {
      throw Refusal.badInput("工作日历未包含" + notCovered.year() + "年，无法确定" + days + "个工作日的公示期，不能发布。"
          + "请管理员先在seeds/reference/calendar/中加入该年度的法定节假日和调休安排");
    }
  }

  private Instant endsAt(LocalDate endsOn) {
    return endsOn.atTime(LocalTime.of(23, 59, 59)).atZone(zone).toInstant();
  }

  /** The public lists, newest first: only published ones. */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> publishedLists() {
    return new ArrayList<>(jdbc.queryForList("select p.id, p.status, p.published_on, p.ends_on, p.working_days, p.phone,"
        + " u.name as unit_name from publicity p join district_unit u on u.code = p.unit_code where p.status in (?, ?)"
        + " order by p.id desc", PublicityStatus.PUBLISHED.name(), PublicityStatus.CLOSED.name()));
  }

  /** The entries of a published list, in award order. */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> publishedEntries(long id) {
    return jdbc.queryForList("select a.business_key, a.program_key, a.policy_edition, a.clause, a.amount, a.status,"
        + " e.name as enterprise_name from publicity_entry p join award a on a.id = p.award_id join enterprise e on"
        + " e.credit_code = a.enterprise_code where p.publicity_id = ? order by a.id", id);
  }
}
