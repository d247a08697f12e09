package cn.gov.qztb.subsidy.publicity;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.engine.VariableText;
import cn.gov.qztb.subsidy.program.FilingReader;
import cn.gov.qztb.subsidy.reference.DistrictUnit;
import cn.gov.qztb.subsidy.workflow.CurrentUser;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * 编制公示名单: on start the unit's approved awards not yet publicized are listed; on end the
 * unit's user publishes them (less those excluded by number) or cancels. The server compiles the
 * list again when it publishes: nothing a client sent decides what is on it.
 */
@Component("compilePublicityListener")
public class CompilePublicityListener implements ExecutionListener {

  static final String DECISION = "publicityDecision";
  static final String EXCLUDED = "excludedNumbers";

  private final PublicityService publicities;
  private final PublicityProcess process;
  private final CurrentUser currentUser;

  public CompilePublicityListener(PublicityService publicities, PublicityProcess process, CurrentUser currentUser) {
    this.publicities = publicities;
    this.process = process;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateExecution execution) {
    long id = publicities.idOf(execution.getProcessInstanceId());
    DistrictUnit unit = publicities.unitOf(id);
    if (EVENTNAME_START.equals(execution.getEventName())) {
      List<Candidate> candidates = publicities.candidates(unit.getCode());
      execution.setVariable("candidateCount", candidates.size());
      execution.setVariable("publicityDraft", candidates.isEmpty() ? "（本单位暂无待公示的已批准奖补）"
          : VariableText.lines(candidates.stream().map(Candidate::line).toList(), "发布时全部列入（排除的除外）"));
      execution.removeVariable(DECISION);
      return;
    }
    if (!EVENTNAME_END.equals(execution.getEventName()) || execution.isCanceled()) {
      return;
    }
    String userId = process.requireUnitStaff(unit, currentUser.authenticatedUserId());
    Object decision = execution.getVariable(DECISION);
    FilingReader reader = new FilingReader(execution.getVariables());
    String excluded = reader.optionalText(EXCLUDED, "不列入本次公示的申请编号", 2000);
    reader.done();
    if ("PUBLISH".equals(decision)) {
      PublicityService.Period period = publicities.publish(id, userId, excluded);
      execution.setVariable("publicityEndsAt", Date.from(period.endsAt()));
      execution.setVariable("publicityPeriod", period.publishedOn() + "至" + period.endsOn() + "（" + period.workingDays()
          + "个工作日），共" + period.entries() + "项");
    } else if ("CANCEL".equals(decision)) {
      publicities.cancel(id);
    } else {
      throw Refusal.badInput("「公示决定」（" + DECISION + "）为必填项，可选：PUBLISH（发布公示）、CANCEL（取消）");
    }
  }
}
