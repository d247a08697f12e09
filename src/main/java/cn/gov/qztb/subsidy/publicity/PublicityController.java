package cn.gov.qztb.subsidy.publicity;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.access.ApiAuthenticationFilter;
import cn.gov.qztb.subsidy.access.Viewer;
import cn.gov.qztb.subsidy.access.Viewers;
import cn.gov.qztb.subsidy.workflow.UnitStarts;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/publicity}: a unit's user starts 编制公示名单 for the unit.
 * {@code POST /api/publicity/{number}/objections}: an objection to an entry during the period, as
 * recorded by a township or unit user (a written objection received) or lodged by an enterprise's
 * staff; it becomes a 异议核查 task of the list's unit.
 */
@RestController
public class PublicityController {

  private final UnitStarts starts;
  private final Objections objections;
  private final Viewers viewers;

  public PublicityController(UnitStarts starts, Objections objections, Viewers viewers) {
    this.starts = starts;
    this.objections = objections;
    this.viewers = viewers;
  }

  @PostMapping("/api/publicity")
  public Map<String, Object> start(@RequestAttribute(ApiAuthenticationFilter.USER_ATTRIBUTE) String userId) {
    Viewer viewer = viewers.of(userId);
    if (viewer.unitCodes().size() != 1) {
      throw Refusal.forbidden("只有区直单位的经办人员可以编制公示名单");
    }
    String number = starts.start(PublicityService.PROCESS, userId, viewer.unitCodes().iterator().next());
    return Map.of("number", number, "message", "已发起公示名单" + number + "，请在任务列表“编制公示名单”中核对后发布");
  }

  @PostMapping("/api/publicity/{number}/objections")
  public Map<String, Object> object(@PathVariable("number") String number, @RequestBody Map<String, Object> input,
      @RequestAttribute(ApiAuthenticationFilter.USER_ATTRIBUTE) String userId) {
    Viewer viewer = viewers.of(userId);
    if (!viewer.official() && viewer.enterpriseCodes().isEmpty()) {
      throw Refusal.forbidden("只有乡镇、区直单位经办人员（登记收到的书面异议）或企业经办人员可以提出异议");
    }
    Objections.Lodged lodged = objections.lodge(id(number), input, userId);
    return Map.of("objection", lodged.number(), "message", "异议已登记，由公示单位核查");
  }

  private static long id(String number) {
    if (number == null || !number.matches("GS-\\d{6}")) {
      throw Refusal.notFound("没有公示名单" + (number == null ? "" : number.length() > 20 ? number.substring(0, 20) : number));
    }
    return Long.parseLong(number.substring(3));
  }
}
