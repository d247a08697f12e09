package cn.gov.qztb.subsidy.offer;

import cn.gov.qztb.subsidy.dataimport.HolderDataImported;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After an import, offers are matched by a job (process offerMatching), started in the import's
 * own transaction: the job exists exactly when the import committed.
 */
@Component
class OfferScheduling {

  static final String MESSAGE = "holderDataImported";

  private final RuntimeService runtime;

  OfferScheduling(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @EventListener
  void imported(HolderDataImported imported) {
    runtime.startProcessInstanceByMessage(MESSAGE, "import-" + imported.importId());
  }
}
