package cn.gov.qztb.subsidy.publicity;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.workflow.UnitStarts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** On awardPublicity's start: a list of the starting user's unit, numbered GS-000001 …; only from POST /api/publicity. */
@Component("publicityStartListener")
public class PublicityStartListener implements ExecutionListener {

  private final PublicityService publicities;

  public PublicityStartListener(PublicityService publicities) {
    this.publicities = publicities;
  }

  @Override
  public void notify(DelegateExecution execution) {
    UnitStarts.Pending pending = UnitStarts.pending(PublicityService.PROCESS);
    if (pending == null) {
      throw Refusal.forbidden("公示名单只能由区直单位经办人员通过“编制公示名单”发起");
    }
    long id = publicities.open(pending.unitCode(), pending.userId(), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(PublicityService.number(id));
    execution.setVariable("publicityNumber", PublicityService.number(id));
    execution.setVariable("unitName", publicities.unitOf(id).getName());
    execution.setVariable("startedBy", pending.userId());
  }
}
