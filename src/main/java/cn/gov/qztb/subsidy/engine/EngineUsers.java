package cn.gov.qztb.subsidy.engine;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who the engine thinks is acting: the user of the current engine call, and engine calls made as
 * a given user or as the system. (Camunda's
 * public API hands out the authentication as one of its internal types; only this class sees it.)
 */
@Component
public class EngineUsers {

  private final IdentityService identity;

  public EngineUsers(IdentityService identity) {
    this.identity = identity;
  }

  /** @return the user of the current engine call, or null when none is set */
  public String current() {
    Authentication authentication = identity.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  /** Runs engine calls as the user, with the user's authorizations, whatever the thread had before. */
  public <T> T as(String userId, List<String> groupIds, List<String> tenantIds, Supplier<T> work) {
    Authentication before = identity.getCurrentAuthentication();
    identity.setAuthentication(userId, groupIds, tenantIds);
    try {
      return work.get();
    } finally {
      restore(before);
    }
  }

  /** Runs engine calls as the system, without a user's authorization checks. */
  public <T> T asSystem(Supplier<T> work) {
    Authentication before = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      restore(before);
    }
  }

  private void restore(Authentication before) {
    if (before == null) {
      identity.clearAuthentication();
    } else {
      identity.setAuthentication(before);
    }
  }
}
