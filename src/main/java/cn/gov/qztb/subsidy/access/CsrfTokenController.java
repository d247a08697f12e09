package cn.gov.qztb.subsidy.access;

import cn.gov.qztb.subsidy.engine.Webapps;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/csrf-token}: the CSRF token of the caller's webapps session, for the
 * application's own pages outside /camunda (such as 我的申请), where the webapps' XSRF-TOKEN
 * cookie is not sent. Only a same-origin script can read the answer; a state-changing /api call
 * under the session must still carry the token in X-XSRF-TOKEN.
 */
@RestController
public class CsrfTokenController {

  @GetMapping("/api/csrf-token")
  public Map<String, Object> token(HttpServletRequest request) {
    Map<String, Object> answer = new HashMap<>();
    answer.put("header", "X-XSRF-TOKEN");
    answer.put("token", Webapps.csrfToken(request.getSession(false)));
    return answer;
  }
}
