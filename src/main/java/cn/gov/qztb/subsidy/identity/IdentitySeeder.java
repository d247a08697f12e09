package cn.gov.qztb.subsidy.identity;

import cn.gov.qztb.subsidy.reference.DistrictUnitRepository;
import cn.gov.qztb.subsidy.reference.EnterpriseRepository;
import cn.gov.qztb.subsidy.reference.TownshipRepository;
import java.util.Collection;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Keeps Camunda's groups in step with the reference data (a group per township, unit and
 * enterprise) and creates users. Idempotent: what exists is left as it is or renamed, never doubled.
 */
@Component
public class IdentitySeeder {

  public static final String ADMIN_GROUP = "camunda-admin";
  public static final String TYPE_TOWNSHIP = "township";
  public static final String TYPE_UNIT = "unit";
  public static final String TYPE_ENTERPRISE = "enterprise";

  private final IdentityService identity;
  private final TownshipRepository townships;
  private final DistrictUnitRepository units;
  private final EnterpriseRepository enterprises;

  public IdentitySeeder(IdentityService identity, TownshipRepository townships, DistrictUnitRepository units,
      EnterpriseRepository enterprises) {
    this.identity = identity;
    this.townships = townships;
    this.units = units;
    this.enterprises = enterprises;
  }

  public void seedGroups() {
    ensureGroup(ADMIN_GROUP, "系统管理员", "SYSTEM");
    townships.findAll().forEach(t -> ensureGroup(t.getGroupId(), t.getName(), TYPE_TOWNSHIP));
    units.findAll().forEach(u -> ensureGroup(u.getGroupId(), u.getName(), TYPE_UNIT));
    enterprises.findAll().forEach(e -> ensureGroup(e.getGroupId(), e.getName(), TYPE_ENTERPRISE));
  }

  public void ensureGroup(String id, String name, String type) {
    Group group = identity.createGroupQuery().groupId(id).singleResult();
    if (group == null) {
      group = identity.newGroup(id);
    } else if (Objects.equals(group.getName(), name) && Objects.equals(group.getType(), type)) {
      return;
    }
    group.setName(name);
    group.setType(type);
    identity.saveGroup(group);
  }

  /** Creates the user if absent (an existing user's password is never reset) and adds missing memberships. */
  public void ensureUser(String id, String displayName, String password, Collection<String> groupIds) {
    if (identity.createUserQuery().userId(id).singleResult() == null) {
      User user = identity.newUser(id);
      user.setFirstName(displayName);
      user.setLastName("");
      user.setPassword(password);
      identity.saveUser(user);
    }
    for (String groupId : groupIds) {
      if (identity.createUserQuery().userId(id).memberOfGroup(groupId).count() == 0) {
        identity.createMembership(id, groupId);
      }
    }
  }
}
