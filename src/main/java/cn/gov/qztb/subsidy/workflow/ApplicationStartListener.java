package cn.gov.qztb.subsidy.workflow;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.access.AccessRules;
import cn.gov.qztb.subsidy.access.EnterpriseMemberships;
import cn.gov.qztb.subsidy.application.Application;
import cn.gov.qztb.subsidy.application.ApplicationService;
import cn.gov.qztb.subsidy.reference.Enterprise;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.stereotype.Component;

/**
 * On the start event: the application belongs to the enterprise of the user who starts it (the
 * applicant never types an enterprise code); it gets its number as business key, and its
 * enterprise may read it from now on (its township through the township's tenant).
 */
@Component("applicationStartListener")
public class ApplicationStartListener implements ExecutionListener {

  private final ApplicationService applications;
  private final ApplicationVariables variables;
  private final EnterpriseMemberships memberships;
  private final CurrentUser currentUser;
  private final AccessRules access;

  public ApplicationStartListener(ApplicationService applications, ApplicationVariables variables,
      EnterpriseMemberships memberships, CurrentUser currentUser, AccessRules access) {
    this.applications = applications;
    this.variables = variables;
    this.memberships = memberships;
    this.currentUser = currentUser;
    this.access = access;
  }

  @Override
  public void notify(DelegateExecution execution) {
    OfferStarts.Pending offer = OfferStarts.pending();
    if (offer != null) {
      offered(execution, offer);
      return;
    }
    String userId = currentUser.authenticatedUserId();
    if (userId == null) {
      userId = (String) execution.getVariable(ProcessVariables.APPLICANT_USER_ID);
    }
    if (userId == null) {
      throw Refusal.badInput("无法确定申请人，请登录后再发起申请");
    }
    execution.setVariable(ProcessVariables.APPLICANT_USER_ID, userId);
    Enterprise enterprise = memberships.enterpriseOf(userId);
    Application application = applications.open(programKey(execution), enterprise, userId, execution.getProcessInstanceId());
    execution.setProcessBusinessKey(application.getBusinessKey());
    variables.opened(execution, application);
    access.application(execution.getProcessInstanceId(), enterprise.getGroupId());
  }

  private void offered(DelegateExecution execution, OfferStarts.Pending offer) {
    Application application = applications.offer(programKey(execution), offer.edition(), offer.enterprise(),
        execution.getProcessInstanceId(), offer.offer(), offer.townshipCode());
    execution.setProcessBusinessKey(application.getBusinessKey());
    variables.offered(execution, application, offer.facts());
    access.application(execution.getProcessInstanceId(), offer.enterprise().getGroupId());
    if (!application.getTownshipCode().equals(offer.enterprise().getTownshipCode())) {
      access.alsoInTownship(application.getTownshipCode(), offer.enterprise().getGroupId());
    }
  }

  /** The start event's process: its id is the program's key. */
  private static String programKey(DelegateExecution execution) {
    return ((Process) execution.getBpmnModelElementInstance().getParentElement()).getId();
  }
}
