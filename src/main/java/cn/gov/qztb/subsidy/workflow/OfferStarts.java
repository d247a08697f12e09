package cn.gov.qztb.subsidy.workflow;

import cn.gov.qztb.subsidy.engine.SystemStart;
import cn.gov.qztb.subsidy.program.ProgramCase;
import cn.gov.qztb.subsidy.reference.Enterprise;
import cn.gov.qztb.subsidy.reference.HolderFacts;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Starts an offer (免申即享): the program's own process, started by the system for the
 * enterprise, which the start listener recognises by what this thread holds (never by a variable a
 * client could send) and sends to 确认申领.
 */
@Component
public class OfferStarts {

  /** An offer being started on this thread. */
  record Pending(String edition, Enterprise enterprise, ProgramCase.Offer offer, String townshipCode, HolderFacts facts) {}

  private static final ThreadLocal<Pending> PENDING = new ThreadLocal<>();

  private final RuntimeService runtime;

  public OfferStarts(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** @param townshipCode the township that verifies (the enterprise's, or clause 18's project's) */
  public String start(String programKey, String edition, Enterprise enterprise, ProgramCase.Offer offer,
      String townshipCode, HolderFacts facts) {
    PENDING.set(new Pending(edition, enterprise, offer, townshipCode, facts));
    try {
      return SystemStart.inTenant(townshipCode,
          () -> runtime.startProcessInstanceByKey(programKey).getBusinessKey());
    } finally {
      PENDING.remove();
    }
  }

  static Pending pending() {
    return PENDING.get();
  }
}
