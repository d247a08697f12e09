package cn.gov.qztb.subsidy.access;

import cn.gov.qztb.subsidy.access.EnterpriseMemberships;
import cn.gov.qztb.subsidy.access.Viewer;
import cn.gov.qztb.subsidy.access.Viewers;
import cn.gov.qztb.subsidy.engine.EngineUsers;
import cn.gov.qztb.subsidy.engine.Webapps;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Component;

/**
 * Finds the caller of a request to the engine's REST API: the user Camunda's HTTP Basic filter
 * authenticated for /engine-rest, or the user logged in to the webapps in this session for their
 * /camunda/api/engine. Their groups and tenants are read from the database, never from the request.
 */
@Component
public class Callers {

  private final EngineUsers users;
  private final String engineName;
  private final EnterpriseMemberships memberships;
  private final Viewers viewers;

  public Callers(EngineUsers users, ProcessEngine engine, EnterpriseMemberships memberships, Viewers viewers) {
    this.users = users;
    this.engineName = engine.getName();
    this.memberships = memberships;
    this.viewers = viewers;
  }

  /** The name of this application's engine ({@code default} but in tests that run several). */
  public String engineName() {
    return engineName;
  }

  /** @return the caller, or null when nobody is logged in */
  public Caller of(HttpServletRequest request) {
    String userId = authenticatedUser(request);
    if (userId == null) {
      return null;
    }
    return asSystem(() -> {
      List<String> groups = memberships.groupIdsOf(userId);
      Viewer viewer = viewers.of(userId, groups);
      Set<Role> roles = EnumSet.noneOf(Role.class);
      if (viewer.administrator()) {
        roles.add(Role.ADMINISTRATOR);
      }
      if (!viewer.enterpriseCodes().isEmpty()) {
        roles.add(Role.ENTERPRISE);
      }
      if (!viewer.townshipCodes().isEmpty()) {
        roles.add(Role.TOWNSHIP);
      }
      if (!viewer.unitCodes().isEmpty()) {
        roles.add(Role.UNIT);
      }
      return new Caller(userId, groups, memberships.tenantIdsOf(userId), Set.copyOf(roles));
    });
  }

  /** Runs engine calls as the caller, with the caller's authorizations, whatever the thread had before. */
  public <T> T as(Caller caller, Supplier<T> work) {
    return users.as(caller.userId(), caller.groupIds(), caller.tenantIds(), work);
  }

  /** Runs engine calls as the system, without a user's authorization checks. */
  public <T> T asSystem(Supplier<T> work) {
    return users.asSystem(work);
  }

  private String authenticatedUser(HttpServletRequest request) {
    String engineUser = users.current();
    return engineUser != null ? engineUser : Webapps.userOf(request.getSession(false), engineName);
  }
}
