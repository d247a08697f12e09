package cn.gov.qztb.subsidy.offer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 匹配免申即享 (process offerMatching): one batch of enterprises per job, each its own transaction;
 * the process loops until no enterprise is left, so a failed batch is retried alone.
 */
@Component("matchOffers")
public class MatchOffersDelegate implements JavaDelegate {

  static final String CURSOR = "offerCursor";
  static final String OFFERED = "offersMade";

  private final OfferMatcher matcher;
  private final int batchSize;

  public MatchOffersDelegate(OfferMatcher matcher, @Value("${subsidy.offers.batch-size:200}") int batchSize) {
    this.matcher = matcher;
    this.batchSize = batchSize;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object cursor = execution.getVariable(CURSOR);
    OfferMatcher.Batch batch = matcher.match(cursor instanceof String code ? code : null, batchSize);
    execution.setVariable(CURSOR, batch.last());
    Object made = execution.getVariable(OFFERED);
    execution.setVariable(OFFERED, (made instanceof Number n ? n.longValue() : 0L) + batch.offered());
  }
}
