package cn.gov.qztb.subsidy.workflow;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Starts a unit's process (公示 awardPublicity, 拨付 awardDisbursement) for a user of the unit,
 * from the application's own endpoint: the process's start listener takes the user and unit from
 * what this thread holds, never from a variable a client could send. Started any other way (the
 * engine's REST API), the listener finds nothing pending and refuses.
 */
@Component
public class UnitStarts {

  /** Who starts which process, for which unit. */
  public record Pending(String processKey, String userId, String unitCode) {}

  private static final ThreadLocal<Pending> PENDING = new ThreadLocal<>();

  private final RuntimeService runtime;

  public UnitStarts(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** @return the new instance's business key, set by its start listener */
  public String start(String processKey, String userId, String unitCode) {
    PENDING.set(new Pending(processKey, userId, unitCode));
    try {
      return runtime.startProcessInstanceByKey(processKey).getBusinessKey();
    } finally {
      PENDING.remove();
    }
  }

  /** The start of this process pending on this thread, or null. */
  public static Pending pending(String processKey) {
    Pending pending = PENDING.get();
    return pending != null && pending.processKey().equals(processKey) ? pending : null;
  }
}
