package cn.gov.qztb.subsidy.workflow;

import cn.gov.qztb.subsidy.program.FilingRejected;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The user doing a step: the engine's authenticated user (set by Tasklist, the REST API or the caller). */
@Component
public class CurrentUser {

  private final IdentityService identity;

  public CurrentUser(IdentityService identity) {
    this.identity = identity;
  }

  public String authenticatedUserId() {
    Authentication authentication = identity.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  /** @throws FilingRejected when nobody is logged in: every decision must have a responsible user */
  public String required() {
    String userId = authenticatedUserId();
    if (userId == null) {
      throw new FilingRejected("无法确定办理人，请登录后再办理");
    }
    return userId;
  }
}
