package cn.gov.qztb.subsidy.access;

import cn.gov.qztb.subsidy.engine.Webapps;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Component;

/**
 * Who sends a request to the application's own endpoints (/api, /actuator): a user who sends valid
 * HTTP Basic credentials of an engine user, or the user logged in to the Camunda webapps in this
 * session. A state-changing call under a session login must carry the webapps' CSRF token
 * (header X-XSRF-TOKEN, as the webapps send it), or another site could make the user's browser
 * send it; HTTP Basic clients send no cookies and need none.
 */
@Component
public class Logins {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  /** A logged-in user, and whether the login is the webapps' session (rather than HTTP Basic). */
  public record Login(String userId, boolean bySession) {

    /** Whether this request, under a session login, changes state without the session's CSRF token. */
    public boolean lacksCsrfToken(HttpServletRequest request) {
      return bySession && !SAFE_METHODS.contains(request.getMethod()) && !Webapps.csrfTokenMatches(request);
    }
  }

  private final IdentityService identity;
  private final String engineName;

  public Logins(ProcessEngine engine) {
    this.identity = engine.getIdentityService();
    this.engineName = engine.getName();
  }

  /** @return the request's login, or null when it has none (or wrong credentials) */
  public Login of(HttpServletRequest request) {
    String userId = basicUser(request);
    if (userId != null) {
      return new Login(userId, false);
    }
    userId = Webapps.userOf(request.getSession(false), engineName);
    return userId == null ? null : new Login(userId, true);
  }

  private String basicUser(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String user = decoded.substring(0, colon);
    return identity.checkPassword(user, decoded.substring(colon + 1)) ? user : null;
  }
}
