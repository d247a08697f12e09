package cn.gov.qztb.subsidy.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import cn.gov.qztb.subsidy.engine.Webapps;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the application's own /api endpoints: the caller is the user logged in to the Camunda
 * webapps in this session, or one who sends valid HTTP Basic credentials of an engine user.
 * Anyone else gets 401 and learns nothing. A state-changing call under a session login must carry
 * the webapps' CSRF token (header X-XSRF-TOKEN, as the webapps send it), or another site could
 * make the user's browser send it; HTTP Basic clients send no cookies and need none.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  public static final String USER_ATTRIBUTE = "cn.gov.qztb.subsidy.apiUser";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final IdentityService identity;
  private final String engineName;

  public ApiAuthenticationFilter(ProcessEngine engine) {
    this.identity = engine.getIdentityService();
    this.engineName = engine.getName();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    response.setHeader("Cache-Control", "no-store");
    String userId = basicUser(request);
    if (userId == null) {
      userId = sessionUser(request);
      if (userId != null && !SAFE_METHODS.contains(request.getMethod()) && !Webapps.csrfTokenMatches(request)) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"message\":\"请求缺少有效的安全令牌（CSRF），请刷新页面后重试\"}");
        return;
      }
    }
    if (userId == null) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Basic realm=\"qztb-subsidy\", charset=\"UTF-8\"");
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write("{\"message\":\"请先登录\"}");
      return;
    }
    request.setAttribute(USER_ATTRIBUTE, userId);
    chain.doFilter(request, response);
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

  private String sessionUser(HttpServletRequest request) {
    return Webapps.userOf(request.getSession(false), engineName);
  }

}
