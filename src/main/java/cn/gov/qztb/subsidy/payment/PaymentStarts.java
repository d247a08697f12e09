package cn.gov.qztb.subsidy.payment;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Starts 拨付 (process awardDisbursement) for a paying unit's user, from POST /api/payment-batches:
 * the start listener takes the user and unit from what this thread holds, never from a variable.
 */
@Component
public class PaymentStarts {

  record Pending(String userId, String unitCode) {}

  static final String PROCESS = "awardDisbursement";
  private static final ThreadLocal<Pending> PENDING = new ThreadLocal<>();

  private final RuntimeService runtime;

  public PaymentStarts(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** @return the batch's number (business key) */
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
