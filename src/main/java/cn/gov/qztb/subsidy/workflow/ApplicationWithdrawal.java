package cn.gov.qztb.subsidy.workflow;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.access.Viewers;
import cn.gov.qztb.subsidy.cases.ViewerApplications;
import cn.gov.qztb.subsidy.application.Application;
import cn.gov.qztb.subsidy.application.ApplicationService;
import cn.gov.qztb.subsidy.application.ApplicationStatus;
import cn.gov.qztb.subsidy.engine.EngineUsers;
import cn.gov.qztb.subsidy.program.FilingReader;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 撤回: staff of the application's enterprise withdraw it, with a reason, while it is a draft or
 * waits for township verification. The record becomes WITHDRAWN and its subject free; the process
 * instance is ended as externally terminated (its open task disappears from every list) with the
 * reason kept in Cockpit's history. A township verifying at the same moment and the withdrawal
 * cannot both win: the record's version and the instance's revision decide.
 */
@Service
public class ApplicationWithdrawal {

  private final ApplicationService applications;
  private final Viewers viewers;
  private final ViewerApplications reachable;
  private final RuntimeService runtime;
  private final EngineUsers users;

  public ApplicationWithdrawal(ApplicationService applications, Viewers viewers, ViewerApplications reachable,
      RuntimeService runtime, EngineUsers users) {
    this.applications = applications;
    this.viewers = viewers;
    this.reachable = reachable;
    this.runtime = runtime;
    this.users = users;
  }

  /** @throws Refusal 404 for an application the user's enterprise does not hold, 400 without a reason, 409 once verified */
  @Transactional
  public Application withdraw(String number, Map<String, Object> input, String userId) {
    Application application = reachable.held(viewers.of(userId), number);
    FilingReader reader = new FilingReader(input == null ? Map.of() : input);
    String reason = reader.text("reason", "撤回原因", 500);
    reader.done();
    if (application.getStatus() == ApplicationStatus.OFFERED) {
      throw Refusal.conflict("申请" + number + "是免申即享的推送，不能撤回：请在“确认申领”中选择不申领");
    }
    Application withdrawn = applications.withdraw(number, userId, reason);
    users.asSystem(() -> {
      runtime.deleteProcessInstance(application.getProcessInstanceId(), "企业撤回申请：" + reason, true, true);
      return null;
    });
    return withdrawn;
  }
}
