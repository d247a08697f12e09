package cn.gov.qztb.subsidy.workflow;

import cn.gov.qztb.subsidy.access.ApiAuthenticationFilter;
import cn.gov.qztb.subsidy.application.Application;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/applications/{number}/discard: the enterprise discards its unfiled draft. */
@RestController
public class DraftController {

  private final DraftDiscard discard;

  public DraftController(DraftDiscard discard) {
    this.discard = discard;
  }

  @PostMapping("/api/applications/{number}/discard")
  public Map<String, String> discard(@RequestAttribute(ApiAuthenticationFilter.USER_ATTRIBUTE) String userId,
      @PathVariable String number) {
    Application application = discard.discard(number, userId);
    return Map.of("applicationNumber", application.getBusinessKey(), "status", application.getStatus().name(),
        "statusLabel", application.getStatus().label(), "message", "申请" + number + "已放弃");
  }
}
