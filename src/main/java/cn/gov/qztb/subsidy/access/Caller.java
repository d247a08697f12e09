package cn.gov.qztb.subsidy.access;

import java.util.List;
import java.util.Set;

/**
 * Who calls the engine's REST API: the user, their groups and tenants as the engine knows them,
 * and the roles those give.
 */
public record Caller(String userId, List<String> groupIds, List<String> tenantIds, Set<Role> roles) {

  public boolean administrator() {
    return roles.contains(Role.ADMINISTRATOR);
  }
}
