package cn.gov.qztb.subsidy.publicity;

import cn.gov.qztb.subsidy.ledger.AwardStatus;
import cn.gov.qztb.subsidy.policy.PolicyBook;
import cn.gov.qztb.subsidy.program.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The public 公示 lists, without login: {@code /public/publicity} (HTML) and
 * {@code /public/publicity.json}. Each published list with its period, unit, telephone and how to
 * object; each entry with the enterprise, program, clause, application number and amount. Never a
 * bank account, a person, a comment, or an award not on a published list.
 */
@RestController
public class PublicPublicityController {

  static final String HOW_TO_OBJECT = "对名单有异议的，请在公示期内以书面形式向公示单位提出，写明异议人姓名或单位、联系方式、"
      + "所涉申请编号和异议内容；也可由乡镇或企业经办人员登录本系统提交。";

  private final PublicityService publicities;
  private final PolicyBook policies;

  public PublicPublicityController(PublicityService publicities, PolicyBook policies) {
    this.publicities = publicities;
    this.policies = policies;
  }

  @GetMapping(value = "/public/publicity.json", produces = MediaType.APPLICATION_JSON_VALUE)
  public List<Map<String, Object>> json() {
    List<Map<String, Object>> lists = new ArrayList<>();
    for (Map<String, Object> list : publicities.publishedLists()) {
      long id = ((Number) list.get("id")).longValue();
      Map<String, Object> shown = new LinkedHashMap<>();
      shown.put("number", PublicityService.number(id));
      shown.put("unit", list.get("unit_name"));
      shown.put("telephone", list.get("phone"));
      shown.put("publishedOn", String.valueOf(list.get("published_on")));
      shown.put("endsOn", String.valueOf(list.get("ends_on")));
      shown.put("workingDays", list.get("working_days"));
      shown.put("status", PublicityStatus.valueOf((String) list.get("status")).label());
      shown.put("howToObject", HOW_TO_OBJECT);
      List<Map<String, Object>> entries = new ArrayList<>();
      for (Map<String, Object> entry : publicities.publishedEntries(id)) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("enterprise", entry.get("enterprise_name"));
        item.put("program", policies.title((String) entry.get("policy_edition"), (String) entry.get("program_key")));
        item.put("clause", entry.get("clause"));
        item.put("applicationNumber", entry.get("business_key"));
        item.put("amount", Money.format((BigDecimal) entry.get("amount")));
        item.put("status", entryStatus(AwardStatus.valueOf((String) entry.get("status"))));
        entries.add(item);
      }
      shown.put("entries", entries);
      lists.add(shown);
    }
    return lists;
  }

  @GetMapping(value = "/public/publicity", produces = MediaType.TEXT_HTML_VALUE)
  public ResponseEntity<String> html() {
    StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>惠企政策奖补公示</title>"
        + "<style>body{font-family:sans-serif;margin:1em auto;max-width:60em;padding:0 1em}table{border-collapse:collapse;"
        + "width:100%}td,th{border:1px solid #ccc;padding:.3em .5em;text-align:left}td.amount{text-align:right}</style>"
        + "</head><body><h1>泉州台商投资区惠企政策奖补公示</h1>");
    List<Map<String, Object>> lists = json();
    if (lists.isEmpty()) {
      page.append("<p>目前没有公示名单。</p>");
    }
    for (Map<String, Object> list : lists) {
      page.append("<section><h2>").append(text(list.get("unit"))).append("公示名单").append(text(list.get("number")))
          .append("</h2><p>公示期：").append(text(list.get("publishedOn"))).append("至").append(text(list.get("endsOn")))
          .append("（").append(text(list.get("workingDays"))).append("个工作日，").append(text(list.get("status")))
          .append("）；联系电话：").append(text(list.get("telephone"))).append("</p><p>").append(text(list.get("howToObject")))
          .append("</p><table><thead><tr><th>申请编号</th><th>企业</th><th>奖补项目</th><th>条款</th><th>金额（元）</th>"
              + "<th>状态</th></tr></thead><tbody>");
      for (Object item : (List<?>) list.get("entries")) {
        Map<?, ?> entry = (Map<?, ?>) item;
        page.append("<tr><td>").append(text(entry.get("applicationNumber"))).append("</td><td>")
            .append(text(entry.get("enterprise"))).append("</td><td>").append(text(entry.get("program")))
            .append("</td><td>第").append(text(entry.get("clause"))).append("条</td><td class=\"amount\">")
            .append(text(Money.display(new BigDecimal((String) entry.get("amount"))).replace(" 元", "")))
            .append("</td><td>").append(text(entry.get("status"))).append("</td></tr>");
      }
      page.append("</tbody></table></section>");
    }
    page.append("</body></html>");
    return ResponseEntity.ok().header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        .header("X-Content-Type-Options", "nosniff").body(page.toString());
  }

  private static String entryStatus(AwardStatus status) {
    return switch (status) {
      case IN_PUBLICITY -> "公示中";
      case WITHDRAWN -> "异议成立，已撤销";
      default -> "公示期满无异议";
    };
  }

  private static String text(Object value) {
    return HtmlUtils.htmlEscape(value == null ? "" : String.valueOf(value), "UTF-8");
  }
}
