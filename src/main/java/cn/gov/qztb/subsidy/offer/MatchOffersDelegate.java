package cn.gov.qztb.subsidy.offer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 比对一批企业数据并推送 (process offerBatch): one batch, one job, one transaction. */
@Component("matchOffers")
public class MatchOffersDelegate implements JavaDelegate {

  static final String FIRST = "firstEnterprise";
  static final String LAST = "lastEnterprise";
  static final String OFFERED = "offersMade";

  private final OfferMatcher matcher;

  public MatchOffersDelegate(OfferMatcher matcher) {
    this.matcher = matcher;
  }

  @Override
  public void execute(DelegateExecution execution) {
    OfferMatcher.Batch batch = new OfferMatcher.Batch((String) execution.getVariable(FIRST),
        (String) execution.getVariable(LAST));
    execution.setVariable(OFFERED, (long) matcher.match(batch));
  }
}
