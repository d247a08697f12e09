package cn.gov.qztb.subsidy.workflow;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.access.EnterpriseMemberships;
import cn.gov.qztb.subsidy.application.Application;
import cn.gov.qztb.subsidy.application.Deciders;
import cn.gov.qztb.subsidy.application.Step;
import org.springframework.stereotype.Component;

/**
 * The last check before a step's decision is applied: the user completing it belongs to the group
 * the application record says must act at that step. Whatever a client managed to do to the task
 * before (claim it for someone, add a candidate), a decision by anyone else is refused, and the
 * completion rolls back with nothing written.
 */
@Component
public class StepGuard {

  private final Deciders deciders;
  private final EnterpriseMemberships memberships;
  private final CurrentUser currentUser;

  public StepGuard(Deciders deciders, EnterpriseMemberships memberships, CurrentUser currentUser) {
    this.deciders = deciders;
    this.memberships = memberships;
    this.currentUser = currentUser;
  }

  /** @return the user, who may act @throws Refusal (a refusal of access, REST 403) when they may not */
  public String requireDecider(Application application, Step step) {
    String userId = currentUser.required();
    Deciders.Decider decider = deciders.of(application, step);
    if (!memberships.groupIdsOf(userId).contains(decider.groupId())) {
      throw Refusal.forbidden("您（" + userId + "）不是“" + decider.name() + "”的经办人员，不能办理申请"
          + application.getBusinessKey() + "的“" + step.title() + "”环节");
    }
    return userId;
  }
}
