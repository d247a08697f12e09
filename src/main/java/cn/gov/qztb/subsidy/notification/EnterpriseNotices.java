package cn.gov.qztb.subsidy.notification;

import cn.gov.qztb.subsidy.application.ApplicationEvent.Action;
import cn.gov.qztb.subsidy.application.ApplicationService;
import cn.gov.qztb.subsidy.application.ApplicationsNoted;
import cn.gov.qztb.subsidy.policy.PolicyBook;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the enterprise is told, and when: a return, a rejection, an approval, an offer waiting for
 * confirmation or about to expire, publication, payment and a failed payment. Each message goes to
 * the enterprise's staff through the outbox, in the step's own transaction.
 */
@Component
class EnterpriseNotices {

  /** A message's subject and body; {number}, {program} and {comment} are filled in. */
  record Text(String subject, String body) {}

  static final String SIGNATURE = "\n\n（泉州台商投资区惠企政策兑现平台，此邮件由系统发送，请勿回复。可登录平台在“我的申请”中查看详情。）";

  static final Map<Action, Text> TEXTS = Map.of(
      Action.RETURNED, new Text("申请{number}已退回修改",
          "贵企业的{program}申请（编号{number}）已退回修改。意见：{comment}\n请在任务列表“填报申请”中修改后重新提交。"),
      Action.REJECTED, new Text("申请{number}未获批准",
          "贵企业的{program}申请（编号{number}）经审核不予奖补。理由：{comment}\n决定书可在“我的申请”中下载。"),
      Action.AWARDED, new Text("申请{number}已批准",
          "贵企业的{program}申请（编号{number}）已批准，{comment}。奖补将依规公示，公示期满无异议后拨付。决定书可在“我的申请”中下载。"),
      Action.OFFERED, new Text("免申即享：{program}奖补待确认",
          "平台根据数据部门提供的数据，向贵企业推送{program}奖补（编号{number}），无需另行申请。请在任务列表“确认申领”中确认。"),
      Action.OFFER_REMINDED, new Text("免申即享奖补{number}即将逾期",
          "贵企业的{program}奖补（编号{number}）尚未确认申领：{comment}"),
      Action.PUBLICIZED, new Text("奖补{number}已进入公示",
          "贵企业的{program}奖补（编号{number}）已列入{comment}，公示期满无异议后拨付。"),
      Action.PAID, new Text("奖补{number}已拨付到账",
          "贵企业的{program}奖补（编号{number}）已拨付：{comment}。"),
      Action.PAYMENT_FAILED, new Text("奖补{number}拨付失败，请核对收款账户",
          "贵企业的{program}奖补（编号{number}）{comment}\n请在任务列表“核对收款账户”中核对或更正后，奖补将列入后续拨付批次。"));

  private record Addressee(String enterpriseCode, String programKey, String edition) {}

  private final Notifications notifications;
  private final NamedParameterJdbcTemplate jdbc;
  private final PolicyBook policies;

  EnterpriseNotices(Notifications notifications, NamedParameterJdbcTemplate jdbc, PolicyBook policies) {
    this.notifications = notifications;
    this.jdbc = jdbc;
    this.policies = policies;
  }

  @EventListener
  void noted(ApplicationsNoted noted) {
    Text text = TEXTS.get(noted.action());
    if (text == null || noted.notes().isEmpty()) {
      return;
    }
    Map<String, Addressee> addressees = new HashMap<>();
    for (List<ApplicationService.Note> chunk : chunks(noted.notes())) {
      jdbc.query("select business_key, enterprise_code, program_key, policy_edition from application"
              + " where business_key in (:numbers)",
          Map.of("numbers", chunk.stream().map(ApplicationService.Note::businessKey).toList()),
          row -> {
            addressees.put(row.getString(1), new Addressee(row.getString(2), row.getString(3), row.getString(4)));
          });
    }
    for (ApplicationService.Note note : noted.notes()) {
      Addressee to = addressees.get(note.businessKey());
      if (to == null) {
        continue;
      }
      String program = policies.title(to.edition(), to.programKey());
      String comment = note.comment() == null ? "" : note.comment();
      notifications.toEnterprise(to.enterpriseCode(), noted.action().name(), note.businessKey(),
          fill(text.subject(), note.businessKey(), program, comment),
          cut(fill(text.body(), note.businessKey(), program, comment), 4000 - SIGNATURE.length()) + SIGNATURE);
    }
  }

  private static String fill(String template, String number, String program, String comment) {
    return template.replace("{number}", number).replace("{program}", program).replace("{comment}", comment);
  }

  private static String cut(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }

  private static List<List<ApplicationService.Note>> chunks(List<ApplicationService.Note> notes) {
    List<List<ApplicationService.Note>> chunks = new java.util.ArrayList<>();
    for (int i = 0; i < notes.size(); i += 500) {
      chunks.add(notes.subList(i, Math.min(notes.size(), i + 500)));
    }
    return chunks;
  }
}
