package cn.gov.qztb.subsidy.offer;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 划分比对批次 (process offerMatching): cuts the enterprises with figures into batches and starts
 * an offerBatch instance for each, whose jobs the executors run side by side.
 */
@Component("planOfferBatches")
public class PlanOfferBatchesDelegate implements JavaDelegate {

  static final String BATCH_MESSAGE = "offerBatchPlanned";
  static final String BATCHES = "batches";

  private final OfferMatcher matcher;
  private final RuntimeService runtime;
  private final int batchSize;

  public PlanOfferBatchesDelegate(OfferMatcher matcher, RuntimeService runtime,
      @Value("${subsidy.offers.batch-size}") int batchSize) {
    this.matcher = matcher;
    this.runtime = runtime;
    this.batchSize = batchSize;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int count = 0;
    for (OfferMatcher.Batch batch : matcher.plan(batchSize)) {
      runtime.startProcessInstanceByMessage(BATCH_MESSAGE, execution.getProcessBusinessKey(),
          Map.of(MatchOffersDelegate.FIRST, batch.first(), MatchOffersDelegate.LAST, batch.last()));
      count++;
    }
    execution.setVariable(BATCHES, count);
  }
}
