package cn.gov.qztb.subsidy.access;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The answers of the application's own endpoints to a request without the login it needs. */
final class LoginAnswers {

  private LoginAnswers() {}

  static void loginRequired(HttpServletResponse response) throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"qztb-subsidy\", charset=\"UTF-8\"");
    answer(response, HttpServletResponse.SC_UNAUTHORIZED, "请先登录");
  }

  static void csrfTokenMissing(HttpServletResponse response) throws IOException {
    answer(response, HttpServletResponse.SC_FORBIDDEN, "请求缺少有效的安全令牌（CSRF），请刷新页面后重试");
  }

  static void forbidden(HttpServletResponse response, String message) throws IOException {
    answer(response, HttpServletResponse.SC_FORBIDDEN, message);
  }

  /** {"message": …}; the messages are fixed texts without quotes or backslashes. */
  private static void answer(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.getWriter().write("{\"message\":\"" + message + "\"}");
  }
}
