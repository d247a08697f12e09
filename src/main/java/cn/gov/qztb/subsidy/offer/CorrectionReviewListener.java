package cn.gov.qztb.subsidy.offer;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.application.Application;
import cn.gov.qztb.subsidy.application.ApplicationService;
import cn.gov.qztb.subsidy.application.Step;
import cn.gov.qztb.subsidy.program.FilingReader;
import cn.gov.qztb.subsidy.workflow.StepGuard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On leaving 数据更正复核: only the approving unit of the award decides, with a reason; the
 * conclusion goes into the award's history. The award's amount is not changed here.
 */
@Component("correctionReviewListener")
public class CorrectionReviewListener implements ExecutionListener {

  static final String DECISION = "correctionDecision";
  static final String COMMENT = "correctionComment";
  private static final Map<String, String> CONCLUSIONS = Map.of("KEEP", "维持原奖补", "RECONSIDER", "需重新核定");

  private final ApplicationService applications;
  private final StepGuard guard;

  public CorrectionReviewListener(ApplicationService applications, StepGuard guard) {
    this.applications = applications;
    this.guard = guard;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!EVENTNAME_END.equals(execution.getEventName()) || execution.isCanceled()) {
      return;
    }
    Application application = applications.get(execution.getProcessBusinessKey());
    String userId = guard.requireDecider(application, Step.BUREAU);
    Map<String, Object> variables = execution.getVariables();
    List<String> problems = new ArrayList<>();
    Object decision = variables.get(DECISION);
    String conclusion = decision instanceof String key ? CONCLUSIONS.get(key) : null;
    if (conclusion == null) {
      problems.add("「复核结论」（" + DECISION + "）为必填项，可选：KEEP（维持原奖补）、RECONSIDER（需重新核定）");
    }
    FilingReader reader = new FilingReader(variables);
    String comment = reader.text(COMMENT, "复核意见", 1000);
    problems.addAll(reader.problems());
    if (!problems.isEmpty()) {
      throw Refusal.badInput(problems);
    }
    applications.correctionReviewed(application.getBusinessKey(), userId, conclusion, comment);
  }
}
