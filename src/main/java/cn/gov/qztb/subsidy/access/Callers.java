package cn.gov.qztb.subsidy.access;

import cn.gov.qztb.subsidy.identity.EnterpriseMemberships;
import cn.gov.qztb.subsidy.identity.Viewer;
import cn.gov.qztb.subsidy.identity.Viewers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.stereotype.Component;

/**
 * Finds the caller of a request to the engine's REST API: the user Camunda's HTTP Basic filter
 * authenticated for /engine-rest, or the user logged in to the webapps in this session for their
 * /camunda/api/engine. Their groups and tenants are read from the database, never from the request.
 */
@Component
public class Callers {

  private final IdentityService identity;
  private final String engineName;
  private final EnterpriseMemberships memberships;
  private final Viewers viewers;

  public Callers(ProcessEngine engine, EnterpriseMemberships memberships, Viewers viewers) {
    this.identity = engine.getIdentityService();
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
    Authentication before = identity.getCurrentAuthentication();
    identity.setAuthentication(caller.userId(), caller.groupIds(), caller.tenantIds());
    try {
      return work.get();
    } finally {
      restore(before);
    }
  }

  /** Runs engine calls as the system, without a user's authorization checks. */
  public <T> T asSystem(Supplier<T> work) {
    Authentication before = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      restore(before);
    }
  }

  private void restore(Authentication before) {
    if (before == null) {
      identity.clearAuthentication();
    } else {
      identity.setAuthentication(before);
    }
  }

  private String authenticatedUser(HttpServletRequest request) {
    Authentication engineUser = identity.getCurrentAuthentication();
    if (engineUser != null && engineUser.getUserId() != null) {
      return engineUser.getUserId();
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    org.camunda.bpm.webapp.impl.security.auth.Authentication webappUser =
        authentications == null ? null : authentications.getAuthenticationForProcessEngine(engineName);
    return webappUser == null ? null : webappUser.getName();
  }
}
