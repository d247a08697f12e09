package cn.gov.qztb.subsidy.workflow;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.access.Viewers;
import cn.gov.qztb.subsidy.cases.ViewerApplications;
import cn.gov.qztb.subsidy.application.Application;
import cn.gov.qztb.subsidy.application.ApplicationService;
import cn.gov.qztb.subsidy.application.ApplicationStatus;
import cn.gov.qztb.subsidy.engine.EngineUsers;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 放弃申请: staff of the application's enterprise discard a draft or a returned filing. Who may
 * is decided here from the database (the enterprise's staff, the application's status); the
 * engine is then told as the system, since enterprises hold no right to correlate messages.
 */
@Service
public class DraftDiscard {

  static final String MESSAGE = "discardDraft";

  private final ApplicationService applications;
  private final Viewers viewers;
  private final ViewerApplications reachable;
  private final RuntimeService runtime;
  private final EngineUsers users;

  public DraftDiscard(ApplicationService applications, Viewers viewers, ViewerApplications reachable,
      RuntimeService runtime, EngineUsers users) {
    this.reachable = reachable;
    this.applications = applications;
    this.viewers = viewers;
    this.runtime = runtime;
    this.users = users;
  }

  /** @throws Refusal 404 for an application the user's enterprise does not hold, 409 once it is filed or closed */
  @Transactional
  public Application discard(String number, String userId) {
    Application application = reachable.held(viewers.of(userId), number);
    if (application.getStatus() != ApplicationStatus.DRAFT && application.getStatus() != ApplicationStatus.RETURNED
        && application.getStatus() != ApplicationStatus.DISPUTED) {
      throw Refusal.conflict("申请" + number + "当前状态为“" + application.getStatus().label()
          + "”，只有尚未提交的草稿或退回修改的申请可以放弃");
    }
    try {
      users.asSystem(() -> runtime.createMessageCorrelation(MESSAGE)
          .processInstanceId(application.getProcessInstanceId())
          .setVariable(DraftClosing.DISCARDED_BY, Variables.stringValue(userId, true))
          .correlateWithResult());
    } catch (MismatchingMessageCorrelationException notWaiting) {
      throw Refusal.conflict("申请" + number + "当前不在填报环节，不能放弃");
    }
    return applications.get(number);
  }
}
