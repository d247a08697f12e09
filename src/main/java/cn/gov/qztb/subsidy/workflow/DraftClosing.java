package cn.gov.qztb.subsidy.workflow;

import cn.gov.qztb.subsidy.application.Application;
import cn.gov.qztb.subsidy.application.ApplicationService;
import cn.gov.qztb.subsidy.application.ApplicationStatus;
import cn.gov.qztb.subsidy.engine.ProcessBean;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The two ways an unfiled draft (or a returned filing) ends without a filing, on the end events
 * the filing task's boundary events lead to: discarded by its enterprise (message
 * {@code discardDraft}, sent by {@link DraftDiscard}), or closed when the edition's
 * draftExpiryDays pass untouched. Either way the subject is free again and the history says why.
 */
@ProcessBean
@Component("draftClosing")
public class DraftClosing {

  /** Transient variable naming the enterprise user who discarded the draft. */
  static final String DISCARDED_BY = "discardedBy";

  private final ApplicationService applications;
  private final ApplicationVariables variables;
  private final CurrentUser currentUser;

  public DraftClosing(ApplicationService applications, ApplicationVariables variables, CurrentUser currentUser) {
    this.applications = applications;
    this.variables = variables;
    this.currentUser = currentUser;
  }

  public void discarded(DelegateExecution execution) {
    Object by = execution.getVariable(DISCARDED_BY);
    String actor = by instanceof String user ? user : currentUser.authenticatedUserId();
    close(execution, applications.closeUnfiled(execution.getProcessInstanceId(), ApplicationStatus.DISCARDED, actor,
        "申请企业放弃本申请，草稿已关闭"));
  }

  public void expired(DelegateExecution execution) {
    close(execution, applications.closeUnfiled(execution.getProcessInstanceId(), ApplicationStatus.EXPIRED, null,
        "超过填报期限未提交，系统已自动关闭本申请；如仍需申请，请重新发起"));
  }

  private void close(DelegateExecution execution, Application application) {
    variables.status(execution, application);
    variables.history(execution, application);
  }
}
