package cn.gov.qztb.subsidy.workflow;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.engine.EngineUsers;
import org.springframework.stereotype.Component;

/** The user doing a step: the engine's authenticated user (set by Tasklist, the REST API or the caller). */
@Component
public class CurrentUser {

  private final EngineUsers users;

  public CurrentUser(EngineUsers users) {
    this.users = users;
  }

  public String authenticatedUserId() {
    return users.current();
  }

  /** @throws Refusal when nobody is logged in: every decision must have a responsible user */
  public String required() {
    String userId = authenticatedUserId();
    if (userId == null) {
      throw Refusal.forbidden("无法确定办理人，请登录后再办理");
    }
    return userId;
  }
}
