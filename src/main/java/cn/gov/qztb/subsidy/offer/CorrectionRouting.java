package cn.gov.qztb.subsidy.offer;

import cn.gov.qztb.subsidy.application.ApplicationService;
import cn.gov.qztb.subsidy.application.Deciders;
import cn.gov.qztb.subsidy.application.Step;
import cn.gov.qztb.subsidy.engine.ProcessBean;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** 数据更正复核 goes to the unit that approved the award; the award is the review's business key. */
@ProcessBean
@Component("correctionRouting")
public class CorrectionRouting {

  private final ApplicationService applications;
  private final Deciders deciders;

  public CorrectionRouting(ApplicationService applications, Deciders deciders) {
    this.applications = applications;
    this.deciders = deciders;
  }

  public String unit(DelegateExecution execution) {
    return deciders.of(applications.get(execution.getProcessBusinessKey()), Step.BUREAU).groupId();
  }
}
