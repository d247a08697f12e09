package cn.gov.qztb.subsidy.publicity;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.application.ApplicationService;
import cn.gov.qztb.subsidy.engine.SubsidyClock;
import cn.gov.qztb.subsidy.ledger.AwardStatus;
import cn.gov.qztb.subsidy.ledger.AwardStatuses;
import cn.gov.qztb.subsidy.program.FilingReader;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 异议: written objections to an entry of a published list, lodged during its period, and the
 * unit's decision on each (uphold: the award is withdrawn and its subject freed; dismiss: the entry
 * goes on, publicized at once if the period has already ended).
 */
@Service
@Transactional
public class Objections {

  /** What was lodged: the objection (YY-000001) and the entry it concerns. */
  public record Lodged(String number, long publicityId, String applicationNumber) {}

  static final String PROCESS = "publicityObjection";

  private final JdbcTemplate jdbc;
  private final PublicityService publicities;
  private final AwardStatuses statuses;
  private final ApplicationService applications;
  private final SubsidyClock clock;
  private final RuntimeService runtime;

  public Objections(JdbcTemplate jdbc, PublicityService publicities, AwardStatuses statuses,
      ApplicationService applications, SubsidyClock clock, RuntimeService runtime) {
    this.runtime = runtime;
    this.jdbc = jdbc;
    this.publicities = publicities;
    this.statuses = statuses;
    this.applications = applications;
    this.clock = clock;
  }

  /** @throws Refusal naming each field that is missing or wrong, or why the list takes no objection now */
  public Lodged lodge(long publicityId, Map<String, Object> input, String userId) {
    FilingReader reader = new FilingReader(input);
    String number = reader.text("applicationNumber", "异议所涉申请编号", 32);
    String name = reader.text("objectorName", "异议人姓名或单位", 64);
    String contact = reader.text("objectorContact", "异议人联系方式", 64);
    String content = reader.text("content", "异议内容", 2000);
    reader.done();
    publicities.lock(publicityId);
    Map<String, Object> list = jdbc.queryForMap("select status, published_on, ends_on from publicity where id = ?",
        publicityId);
    LocalDate today = clock.today();
    if (!PublicityStatus.PUBLISHED.name().equals(list.get("status"))
        || today.isAfter(((java.sql.Date) list.get("ends_on")).toLocalDate())) {
      throw Refusal.conflict("公示名单" + PublicityService.number(publicityId) + "不在公示期内，不受理异议");
    }
    List<Long> award = jdbc.queryForList("select a.id from publicity_entry p join award a on a.id = p.award_id"
        + " where p.publicity_id = ? and a.business_key = ?", Long.class, publicityId, number);
    if (award.isEmpty()) {
      throw Refusal.badInput("「异议所涉申请编号」：公示名单" + PublicityService.number(publicityId) + "中没有申请" + number);
    }
    jdbc.update("insert into objection (publicity_id, award_id, objector_name, objector_contact, content, recorded_by,"
        + " recorded_at, status) values (?, ?, ?, ?, ?, ?, ?, 'OPEN')", publicityId, award.get(0), name, contact, content,
        userId, Timestamp.from(clock.now()));
    long id = jdbc.queryForObject("select max(id) from objection where publicity_id = ? and award_id = ?", Long.class,
        publicityId, award.get(0));
    // 异议核查 for the list's unit, in the same transaction: an objection never waits without its task
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("publicityNumber", PublicityService.number(publicityId));
    variables.put("applicationNumber", number);
    variables.put("objectionSummary", "异议人：" + name + "（" + contact + "）\n" + content);
    String processInstanceId = runtime.startProcessInstanceByKey(PROCESS, number(id), variables).getId();
    jdbc.update("update objection set process_instance_id = ? where id = ?", processInstanceId, id);
    return new Lodged(number(id), publicityId, number);
  }

  public static String number(long id) {
    return String.format("YY-%06d", id);
  }

  /** The objection a 异议核查 instance is about: its business key, set by the server at the start. */
  public static long idOf(String businessKey) {
    return Long.parseLong(businessKey.substring(3));
  }

  public long publicityOf(long objectionId) {
    return jdbc.queryForObject("select publicity_id from objection where id = ?", Long.class, objectionId);
  }

  /** The unit's decision; @throws Refusal when already decided */
  public void decide(long objectionId, boolean uphold, String reason, String userId) {
    long publicityId = publicityOf(objectionId);
    publicities.lock(publicityId);
    Map<String, Object> objection = jdbc.queryForMap("select o.status, o.award_id, a.business_key, a.status as award_status"
        + " from objection o join award a on a.id = o.award_id where o.id = ?", objectionId);
    if (!"OPEN".equals(objection.get("status"))) {
      throw Refusal.conflict("该异议已办结，不能再次处理");
    }
    long awardId = ((Number) objection.get("award_id")).longValue();
    String businessKey = (String) objection.get("business_key");
    jdbc.update("update objection set status = ?, decided_by = ?, decided_at = ?, reason = ? where id = ?",
        uphold ? "UPHELD" : "DISMISSED", userId, Timestamp.from(clock.now()), reason, objectionId);
    boolean inPublicity = AwardStatus.IN_PUBLICITY.name().equals(objection.get("award_status"));
    if (uphold && inPublicity) {
      statuses.move(awardId, AwardStatus.IN_PUBLICITY, AwardStatus.WITHDRAWN, userId, "异议成立：" + reason);
      applications.objectionUpheld(businessKey, userId, "公示异议成立，奖补撤销：" + reason);
    } else if (!uphold && inPublicity && publicities.status(publicityId) == PublicityStatus.CLOSED
        && jdbc.queryForObject("select count(*) from objection where publicity_id = ? and award_id = ? and status = 'OPEN'",
            Integer.class, publicityId, awardId) == 0) {
      statuses.move(awardId, AwardStatus.IN_PUBLICITY, AwardStatus.PUBLICIZED, userId, "异议不成立，公示期已满：" + reason);
    }
  }
}
