package cn.gov.qztb.subsidy.publicity;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Starts 公示 (process awardPublicity) for a unit's user, from POST /api/publicity: the start
 * listener takes the user and unit from what this thread holds, never from a variable.
 */
@Component
public class PublicityStarts {

  record Pending(String userId, String unitCode) {}

  static final String PROCESS = "awardPublicity";
  private static final ThreadLocal<Pending> PENDING = new ThreadLocal<>();

  private final RuntimeService runtime;

  public PublicityStarts(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** @return the list's number (business key) */
  public String start(String userId, String unitCode) {
    PENDING.set(new Pending(userId, unitCode));
    try {
      return runtime.startProcessInstanceByKey(PROCESS).getBusinessKey();
    } finally {
      PENDING.remove();
    }
  }

  static Pending pending() {
    return PENDING.get();
  }
}
