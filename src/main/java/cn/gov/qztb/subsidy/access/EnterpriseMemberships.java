package cn.gov.qztb.subsidy.access;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.TransactionMemo;
import cn.gov.qztb.subsidy.engine.SystemAccess;
import cn.gov.qztb.subsidy.reference.Enterprise;
import cn.gov.qztb.subsidy.reference.EnterpriseRepository;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.stereotype.Component;

/** Which enterprise a user works for: the enterprise whose Camunda group the user belongs to. */
@Component
public class EnterpriseMemberships {

  private final IdentityService identity;
  private final EnterpriseRepository enterprises;

  public EnterpriseMemberships(IdentityService identity, EnterpriseRepository enterprises) {
    this.identity = identity;
    this.enterprises = enterprises;
  }

  /** @throws Refusal when the user is staff of no enterprise, or of more than one */
  public Enterprise enterpriseOf(String userId) {
    List<Enterprise> found = enterprises.findByGroupIdIn(groupIdsOf(userId));
    if (found.isEmpty()) {
      throw Refusal.forbidden("您的账号（" + userId + "）未登记为任何企业的经办人，不能发起申请；请联系所在乡镇登记");
    }
    if (found.size() > 1) {
      throw Refusal.forbidden("您的账号（" + userId + "）同时登记为" + found.size() + "家企业的经办人，无法确定申请企业；请联系管理员");
    }
    return found.get(0);
  }

  /** The tenants (townships) the user belongs to through a group, read as {@link #groupIdsOf} is. */
  public List<String> tenantIdsOf(String userId) {
    return SystemAccess.run(() -> identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list())
        .stream().map(Tenant::getId).toList();
  }

  /**
   * The user, when a member of the group that must act: the last check of the system's own tasks
   * (公示, 异议核查, 账单抵扣, 收款账户). @throws Refusal (403) naming who must act, for anyone else
   */
  public String requireMember(String userId, String groupId, String who, String what) {
    if (userId == null || !groupIdsOf(userId).contains(groupId)) {
      throw Refusal.forbidden("您（" + userId + "）不是" + who + "的经办人员，不能" + what);
    }
    return userId;
  }

  /** The user's groups, read without the caller's authorization checks (the caller may not list groups). */
  public List<String> groupIdsOf(String userId) {
    return TransactionMemo.get("groups:" + userId, () -> SystemAccess.run(() -> identity.createGroupQuery()
        .groupMember(userId).list()).stream().map(Group::getId).toList());
  }
}
