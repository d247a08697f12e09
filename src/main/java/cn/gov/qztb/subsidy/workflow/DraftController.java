package cn.gov.qztb.subsidy.workflow;

import cn.gov.qztb.subsidy.access.ApiAuthenticationFilter;
import cn.gov.qztb.subsidy.application.Application;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/applications/{number}/discard: the enterprise discards its unfiled draft.
 * POST /api/applications/{number}/withdraw ({@code reason}): it withdraws a draft or a filing
 * the township has not verified yet (撤回).
 */
@RestController
public class DraftController {

  private final DraftDiscard discard;
  private final ApplicationWithdrawal withdrawal;

  public DraftController(DraftDiscard discard, ApplicationWithdrawal withdrawal) {
    this.discard = discard;
    this.withdrawal = withdrawal;
  }

  @PostMapping("/api/applications/{number}/withdraw")
  public Map<String, String> withdraw(@RequestAttribute(ApiAuthenticationFilter.USER_ATTRIBUTE) String userId,
      @PathVariable String number, @RequestBody(required = false) Map<String, Object> input) {
    Application application = withdrawal.withdraw(number, input, userId);
    return Map.of("applicationNumber", application.getBusinessKey(), "status", application.getStatus().name(),
        "statusLabel", application.getStatus().label(), "message", "申请" + number + "已撤回");
  }

  @PostMapping("/api/applications/{number}/discard")
  public Map<String, String> discard(@RequestAttribute(ApiAuthenticationFilter.USER_ATTRIBUTE) String userId,
      @PathVariable String number) {
    Application application = discard.discard(number, userId);
    return Map.of("applicationNumber", application.getBusinessKey(), "status", application.getStatus().name(),
        "statusLabel", application.getStatus().label(), "message", "申请" + number + "已放弃");
  }
}
