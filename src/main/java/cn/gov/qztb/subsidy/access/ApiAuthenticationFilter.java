package cn.gov.qztb.subsidy.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the application's own /api endpoints: the caller is the user logged in to the Camunda
 * webapps in this session, or one who sends valid HTTP Basic credentials of an engine user
 * ({@link Logins}). Anyone else gets 401 and learns nothing. A state-changing call under a session
 * login must carry the webapps' CSRF token.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  public static final String USER_ATTRIBUTE = "cn.gov.qztb.subsidy.apiUser";

  private final Logins logins;

  public ApiAuthenticationFilter(Logins logins) {
    this.logins = logins;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    response.setHeader("Cache-Control", "no-store");
    Logins.Login login = logins.of(request);
    if (login != null && login.lacksCsrfToken(request)) {
      LoginAnswers.csrfTokenMissing(response);
      return;
    }
    if (login == null) {
      LoginAnswers.loginRequired(response);
      return;
    }
    request.setAttribute(USER_ATTRIBUTE, login.userId());
    chain.doFilter(request, response);
  }
}
