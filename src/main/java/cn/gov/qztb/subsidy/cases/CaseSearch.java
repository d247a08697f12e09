package cn.gov.qztb.subsidy.cases;

import cn.gov.qztb.subsidy.SubsidyProperties;
import cn.gov.qztb.subsidy.application.ApplicationStatus;
import cn.gov.qztb.subsidy.calendar.CalendarNotCovered;
import cn.gov.qztb.subsidy.calendar.WorkingCalendar;
import cn.gov.qztb.subsidy.engine.EngineUsers;
import cn.gov.qztb.subsidy.engine.SubsidyClock;
import cn.gov.qztb.subsidy.policy.PolicyBook;
import cn.gov.qztb.subsidy.program.Money;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 案件查询: the applications a user may read ({@link ReadScope}), open or finished, by number or
 * enterprise name, newest first; open ones with the step they wait at (from the engine), its due
 * date and the working days they have waited there.
 */
@Service
public class CaseSearch {

  static final Set<ApplicationStatus> OPEN = EnumSet.of(ApplicationStatus.DRAFT, ApplicationStatus.OFFERED,
      ApplicationStatus.DISPUTED, ApplicationStatus.FILED, ApplicationStatus.RETURNED, ApplicationStatus.VERIFIED,
      ApplicationStatus.CERTIFIED);

  private final NamedParameterJdbcTemplate jdbc;
  private final TaskService tasks;
  private final EngineUsers users;
  private final PolicyBook policies;
  private final WorkingCalendar calendar;
  private final SubsidyClock clock;
  private final ZoneId zone;

  public CaseSearch(NamedParameterJdbcTemplate jdbc, TaskService tasks, EngineUsers users, PolicyBook policies,
      WorkingCalendar calendar, SubsidyClock clock, SubsidyProperties properties) {
    this.jdbc = jdbc;
    this.tasks = tasks;
    this.users = users;
    this.policies = policies;
    this.calendar = calendar;
    this.clock = clock;
    this.zone = properties.zone();
  }

  private record Row(String number, String programKey, String edition, String status, BigDecimal amount,
      Instant createdAt, Instant updatedAt, String processInstanceId, String enterpriseName, String townshipName) {}

  @Transactional(readOnly = true)
  public List<CaseView> search(ReadScope.Of scope, CaseQuery query) {
    if (scope.none()) {
      return List.of();
    }
    StringBuilder sql = new StringBuilder("""
        select a.business_key, a.program_key, a.policy_edition, a.status, a.amount, a.created_at, a.updated_at,
               a.process_instance_id, e.name as enterprise_name, t.name as township_name
        from application a
        join enterprise e on e.credit_code = a.enterprise_code
        join township t on t.code = a.township_code
        where 1 = 1""");
    MapSqlParameterSource parameters = new MapSqlParameterSource();
    if (!scope.all()) {
      List<String> any = new ArrayList<>();
      any.add("1 = 0");
      if (!scope.enterpriseCodes().isEmpty()) {
        any.add("a.enterprise_code in (:enterprises)");
        parameters.addValue("enterprises", scope.enterpriseCodes());
      }
      if (!scope.townshipCodes().isEmpty()) {
        any.add("a.township_code in (:townships)");
        parameters.addValue("townships", scope.townshipCodes());
      }
      if (!scope.programKeys().isEmpty()) {
        any.add("a.program_key in (:programs)");
        parameters.addValue("programs", scope.programKeys());
      }
      sql.append(" and (").append(String.join(" or ", any)).append(")");
    }
    if (query.state() != CaseQuery.State.ALL) {
      sql.append(query.state() == CaseQuery.State.OPEN ? " and a.status in (:open)" : " and a.status not in (:open)");
      parameters.addValue("open", OPEN.stream().map(Enum::name).toList());
    }
    if (query.text() != null) {
      sql.append(" and (a.business_key like :text escape '\\' or e.name like :text escape '\\')");
      parameters.addValue("text", query.likePattern());
    }
    if (query.programKey() != null) {
      sql.append(" and a.program_key = :program");
      parameters.addValue("program", query.programKey());
    }
    if (query.status() != null) {
      sql.append(" and a.status = :status");
      parameters.addValue("status", query.status().name());
    }
    if (query.townshipCode() != null) {
      sql.append(" and a.township_code = :township");
      parameters.addValue("township", query.townshipCode());
    }
    sql.append(" order by a.created_at desc, a.business_key desc");
    parameters.addValue("limit", query.limit());
    sql.append(" fetch first :limit rows only");
    List<Row> rows = jdbc.query(sql.toString(), parameters, CaseSearch::row);
    return views(rows);
  }

  private List<CaseView> views(List<Row> rows) {
    List<String> open = rows.stream().filter(row -> OPEN.contains(ApplicationStatus.valueOf(row.status())))
        .map(Row::processInstanceId).toList();
    Map<String, Task> waiting = new HashMap<>();
    if (!open.isEmpty()) {
      users.asSystem(() -> tasks.createTaskQuery().processInstanceIdIn(open.toArray(String[]::new)).list())
          .forEach(task -> waiting.putIfAbsent(task.getProcessInstanceId(), task));
    }
    Instant now = clock.now();
    LocalDate today = clock.today();
    List<CaseView> views = new ArrayList<>();
    for (Row row : rows) {
      ApplicationStatus status = ApplicationStatus.valueOf(row.status());
      Task task = waiting.get(row.processInstanceId());
      Instant since = task == null ? null : task.getCreateTime().toInstant();
      Instant due = task == null || task.getDueDate() == null ? null : task.getDueDate().toInstant();
      views.add(new CaseView(row.number(), row.programKey(), policies.title(row.edition(), row.programKey()),
          row.enterpriseName(), row.townshipName(), row.edition(), status.name(), status.label(),
          row.amount() == null ? null : Money.format(row.amount()),
          row.amount() == null ? null : Money.display(row.amount()),
          row.createdAt(), row.updatedAt(),
          task == null ? null : task.getName(), task == null ? null : task.getAssignee(), since, due,
          due == null ? null : LocalDate.ofInstant(due, zone),
          task == null ? null : due != null && due.isBefore(now),
          since == null ? null : waited(LocalDate.ofInstant(since, zone), today), today));
    }
    return views;
  }

  /** Working days after the day of handover, up to and including today; null when the calendar cannot tell. */
  private Integer waited(LocalDate handedOver, LocalDate today) {
    if (!today.isAfter(handedOver)) {
      return 0;
    }
    try {
      return calendar.workingDaysBetween(handedOver.plusDays(1), today);
    } catch (CalendarNotCovered notCovered) {
      return null;
    }
  }

  private static Row row(ResultSet rs, int index) throws SQLException {
    return new Row(rs.getString("business_key"), rs.getString("program_key"), rs.getString("policy_edition"),
        rs.getString("status"), rs.getBigDecimal("amount"), instant(rs.getTimestamp("created_at")),
        instant(rs.getTimestamp("updated_at")), rs.getString("process_instance_id"), rs.getString("enterprise_name"),
        rs.getString("township_name"));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
