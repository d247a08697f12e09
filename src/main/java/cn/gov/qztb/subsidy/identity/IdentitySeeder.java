package cn.gov.qztb.subsidy.identity;

import cn.gov.qztb.subsidy.access.TasklistFilters;
import cn.gov.qztb.subsidy.reference.DistrictUnit;
import cn.gov.qztb.subsidy.reference.DistrictUnitRepository;
import cn.gov.qztb.subsidy.reference.DataHolderRepository;
import cn.gov.qztb.subsidy.reference.Enterprise;
import cn.gov.qztb.subsidy.reference.EnterpriseRepository;
import cn.gov.qztb.subsidy.reference.Township;
import cn.gov.qztb.subsidy.reference.TownshipRepository;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
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
  public static final String TYPE_HOLDER = "holder";
  public static final String TYPE_ENTERPRISE = "enterprise";

  private final IdentityService identity;
  private final TownshipRepository townships;
  private final DistrictUnitRepository units;
  private final DataHolderRepository holders;
  private final EnterpriseRepository enterprises;
  private final TenantBackfill backfill;
  private final TasklistFilters filters;

  public IdentitySeeder(IdentityService identity, TownshipRepository townships, DistrictUnitRepository units,
      DataHolderRepository holders, EnterpriseRepository enterprises, TenantBackfill backfill, TasklistFilters filters) {
    this.identity = identity;
    this.townships = townships;
    this.units = units;
    this.holders = holders;
    this.enterprises = enterprises;
    this.backfill = backfill;
    this.filters = filters;
  }

  public void seedGroups() {
    ensureGroup(ADMIN_GROUP, "系统管理员", "SYSTEM");
    townships.findAll().forEach(t -> ensureGroup(t.getGroupId(), t.getName(), TYPE_TOWNSHIP));
    units.findAll().forEach(u -> ensureGroup(u.getGroupId(), u.getName(), TYPE_UNIT));
    // data holders belong to no township's tenant: they read no application
    holders.findAll().forEach(h -> ensureGroup(h.getGroupId(), h.getName(), TYPE_HOLDER));
    seedTenants();
    enterprises.findAll().forEach(this::ensureEnterprise);
    backfill.run();
  }

  /** An enterprise's group, a member of its township's tenant. */
  public void ensureEnterprise(Enterprise enterprise) {
    ensureGroup(enterprise.getGroupId(), enterprise.getName(), TYPE_ENTERPRISE);
    ensureTenantMember(enterprise.getTownshipCode(), enterprise.getGroupId());
  }

  /**
   * A Camunda tenant per township ({@link TownshipTenancy}): the township's verifiers and its
   * enterprises belong to it; administrators and the district units belong to every one.
   */
  void seedTenants() {
    List<DistrictUnit> allUnits = units.findAll();
    for (Township township : townships.findAll()) {
      String tenantId = township.getCode();
      if (identity.createTenantQuery().tenantId(tenantId).count() == 0) {
        Tenant tenant = identity.newTenant(tenantId);
        tenant.setName(township.getName());
        identity.saveTenant(tenant);
      }
      ensureTenantMember(tenantId, township.getGroupId());
      ensureTenantMember(tenantId, ADMIN_GROUP);
      allUnits.forEach(unit -> ensureTenantMember(tenantId, unit.getGroupId()));
    }
  }

  private void ensureTenantMember(String tenantId, String groupId) {
    if (identity.createTenantQuery().tenantId(tenantId).groupMember(groupId).count() == 0) {
      identity.createTenantGroupMembership(tenantId, groupId);
    }
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

  /**
   * Creates the user if absent (an existing user's password is never reset), adds missing
   * memberships, and the user's own Tasklist filters they lack.
   */
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
    // after the memberships: the filters a user gets depend on their roles
    filters.createFor(id);
  }
}
