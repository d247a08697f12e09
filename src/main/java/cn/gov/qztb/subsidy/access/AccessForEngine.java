package cn.gov.qztb.subsidy.access;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.engine.EngineAccess;
import cn.gov.qztb.subsidy.engine.SystemAccess;
import cn.gov.qztb.subsidy.reference.Enterprise;
import cn.gov.qztb.subsidy.reference.EnterpriseRepository;
import cn.gov.qztb.subsidy.reference.OfficialGroups;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** What the engine's customisations ask of users and groups, answered from the reference data. */
@Component
public class AccessForEngine implements EngineAccess {

  private final EnterpriseMemberships memberships;
  private final OfficialGroups officialGroups;
  private final Viewers viewers;
  private final EnterpriseRepository enterprises;
  private final IdentityService identity;

  public AccessForEngine(EnterpriseMemberships memberships, OfficialGroups officialGroups, Viewers viewers,
      EnterpriseRepository enterprises, IdentityService identity) {
    this.memberships = memberships;
    this.officialGroups = officialGroups;
    this.viewers = viewers;
    this.enterprises = enterprises;
    this.identity = identity;
  }

  @Override
  public String tenantOf(String userId) {
    try {
      return memberships.enterpriseOf(userId).getTownshipCode();
    } catch (Refusal noEnterprise) {
      return null;
    }
  }

  @Override
  public boolean isOfficialGroup(String groupId) {
    return officialGroups.isOfficial(groupId);
  }

  @Override
  public boolean isOfficial(String userId, List<String> groupIds) {
    return viewers.of(userId, groupIds).official();
  }

  @Override
  public Set<String> colleagues(String userId, List<String> groupIds) {
    Set<String> staff = new HashSet<>(Set.of(userId));
    for (Enterprise enterprise : enterprises.findByGroupIdIn(groupIds)) {
      SystemAccess.run(() -> identity.createUserQuery().memberOfGroup(enterprise.getGroupId()).list())
          .stream().map(User::getId).forEach(staff::add);
    }
    return staff;
  }
}
