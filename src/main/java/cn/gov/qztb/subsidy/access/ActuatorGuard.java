package cn.gov.qztb.subsidy.access;

import cn.gov.qztb.subsidy.engine.EngineAccess;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards Spring Boot Actuator (/actuator): the health probes answer anyone, with their status
 * alone; everything else (metrics, every other health path) answers administrators only
 * (Camunda group {@code camunda-admin}), logged in as for /api ({@link Logins}: HTTP Basic or the
 * webapps' session). Without a login the answer is 401, with another user's 403. The request passed
 * on names the logged-in user, in the administrators' role if they are one, so that the health
 * endpoint shows its details to administrators only ({@code management.endpoint.health.roles}).
 */
public class ActuatorGuard extends OncePerRequestFilter {

  /** The role the health endpoint shows its details to. */
  public static final String ADMIN_ROLE = EngineAccess.ADMIN_GROUP;
  /** The paths anyone may read: the overall status and the two probes. */
  static final Set<String> OPEN = Set.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness");

  private final Logins logins;
  private final EnterpriseMemberships memberships;

  public ActuatorGuard(Logins logins, EnterpriseMemberships memberships) {
    this.logins = logins;
    this.memberships = memberships;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    boolean open = OPEN.contains(pathOf(request)) && "GET".equals(request.getMethod());
    Logins.Login login = logins.of(request);
    if (login != null && login.lacksCsrfToken(request)) {
      LoginAnswers.csrfTokenMissing(response);
      return;
    }
    if (login == null) {
      if (open) {
        chain.doFilter(request, response);
      } else {
        LoginAnswers.loginRequired(response);
      }
      return;
    }
    boolean administrator = memberships.groupIdsOf(login.userId()).contains(EngineAccess.ADMIN_GROUP);
    if (!open && !administrator) {
      LoginAnswers.forbidden(response, "仅系统管理员可以查看运行监控数据");
      return;
    }
    chain.doFilter(new LoggedInRequest(request, login.userId(), administrator), response);
  }

  /** The path as the servlet container resolved it: decoded, without path parameters or dot segments. */
  static String pathOf(HttpServletRequest request) {
    return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
  }

  /** The request with its user as principal, in the administrators' role or in none. */
  private static final class LoggedInRequest extends HttpServletRequestWrapper {

    private final String userId;
    private final boolean administrator;

    LoggedInRequest(HttpServletRequest request, String userId, boolean administrator) {
      super(request);
      this.userId = userId;
      this.administrator = administrator;
    }

    @Override
    public Principal getUserPrincipal() {
      return () -> userId;
    }

    @Override
    public String getRemoteUser() {
      return userId;
    }

    @Override
    public boolean isUserInRole(String role) {
      return administrator && ADMIN_ROLE.equals(role);
    }
  }
}
