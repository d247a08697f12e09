package cn.gov.qztb.subsidy.workflow;

import cn.gov.qztb.subsidy.application.ApplicationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 资格审查与金额计算: runs the program's rule on the stored filing. */
@Component("evaluateEligibility")
public class EvaluateEligibilityDelegate implements JavaDelegate {

  private final ApplicationService applications;
  private final ApplicationVariables variables;

  public EvaluateEligibilityDelegate(ApplicationService applications, ApplicationVariables variables) {
    this.applications = applications;
    this.variables = variables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    variables.evaluated(execution, applications.evaluate(execution.getProcessInstanceId()));
  }
}
