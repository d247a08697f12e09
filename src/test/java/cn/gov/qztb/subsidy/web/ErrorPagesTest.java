package cn.gov.qztb.subsidy.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.support.Http;
import cn.gov.qztb.subsidy.support.ProcessTest;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser that may not open a page, or asks for one that does not exist, gets a plain Chinese
 * page (src/main/resources/public/error/) instead of Spring Boot's English "Whitelabel Error
 * Page"; API clients still get JSON.
 */
@ProcessTest
class ErrorPagesTest {

  static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

  @LocalServerPort int port;

  @Test
  void aUnitOpeningAdminGetsTheChinese403Page() {
    Http http = new Http(port);
    Map<String, String> session = logIn(http, "keji", "cockpit");

    Http.Response admin = http.send("GET", "/camunda/app/admin/", null, with(session, "Accept", HTML));
    assertThat(admin.status()).isEqualTo(302);
    assertThat(admin.headers().get("location")).endsWith("/camunda/app/admin/default/");

    Http.Response page = http.send("GET", "/camunda/app/admin/default/", null, with(session, "Accept", HTML));
    assertThat(page.status()).isEqualTo(403);
    assertThat(page.headers().get("content-type")).startsWith("text/html");
    assertThat(page.body()).contains("lang=\"zh-CN\"", "<title>无权访问", "您的账号无权打开此页面", "href=\"/camunda/app/\"")
        .doesNotContain("Whitelabel", "Forbidden");
  }

  @Test
  void aPageThatDoesNotExistGetsTheChinese404Page() {
    Http.Response page = new Http(port).send("GET", "/no-such-page", null, Map.of("Accept", HTML));
    assertThat(page.status()).isEqualTo(404);
    assertThat(page.body()).contains("lang=\"zh-CN\"", "<title>页面不存在").doesNotContain("Whitelabel", "Not Found");
  }

  @Test
  void otherRefusedRequestsGetTheChinese4xxPage() {
    Http.Response page = new Http(port).send("DELETE", "/api/awards", null, with(basic("keji"), "Accept", HTML));
    assertThat(page.status()).isEqualTo(405);
    assertThat(page.body()).contains("lang=\"zh-CN\"", "<title>无法处理该请求").doesNotContain("Whitelabel");
  }

  /** Camunda answers a webapp path naming an engine that does not exist with a 500. */
  @Test
  void aServerErrorGetsTheChinese5xxPage() {
    Http.Response page = new Http(port).send("GET", "/camunda/app/cockpit/no-such-engine/", null, Map.of("Accept", HTML));
    assertThat(page.status()).isEqualTo(500);
    assertThat(page.body()).contains("lang=\"zh-CN\"", "<title>系统暂时无法提供服务").doesNotContain("Whitelabel", "Exception");
  }

  @Test
  void apiClientsStillGetJson() {
    Http.Response answer = new Http(port).send("GET", "/no-such-page", null, Map.of("Accept", "application/json"));
    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.headers().get("content-type")).startsWith("application/json");
    assertThat(answer.body()).doesNotContain("<html");
  }

  /** Plain pages: Chinese, UTF-8, no script and nothing fetched from elsewhere, a way back to the apps. */
  @ParameterizedTest
  @ValueSource(strings = {"403", "404", "4xx", "5xx"})
  void everyErrorPageIsPlainChinese(String page) throws IOException {
    String html;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("public/error/" + page + ".html")) {
      assertThat(in).as(page + ".html").isNotNull();
      html = new String(in.readAllBytes(), UTF_8);
    }
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">", "<meta charset=\"utf-8\">",
        "<a href=\"/camunda/app/\">返回系统首页</a>");
    assertThat(html.toLowerCase()).doesNotContain("<script", "src=", "http:", "https:", "@import", "url(");
    String text = html.replaceAll("(?s)<style>.*?</style>", "").replaceAll("<[^>]*>", "");
    assertThat(text).as("English words in the text of " + page).doesNotContainPattern("[A-Za-z]{2,}");
  }

  /** Logs in to a webapp the way its login page does; the session's cookies, as a Cookie header. */
  private static Map<String, String> logIn(Http http, String user, String app) {
    Map<String, String> cookies = new LinkedHashMap<>();
    Http.Response first = http.send("GET", "/camunda/app/" + app + "/", null, Map.of());
    remember(first, cookies);
    Map<String, String> form = new LinkedHashMap<>(cookieHeader(cookies));
    form.put("Content-Type", "application/x-www-form-urlencoded");
    form.put("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    Http.Response login = http.send("POST", "/camunda/api/admin/auth/user/default/login/" + app,
        "username=" + user + "&password=demo", form);
    assertThat(login.status()).as("login of " + user).isEqualTo(200);
    remember(login, cookies);
    return cookieHeader(cookies);
  }

  private static void remember(Http.Response response, Map<String, String> cookies) {
    String setCookie = response.headers().get("set-cookie");
    if (setCookie == null) {
      return;
    }
    for (String part : setCookie.split("; ")) {
      int eq = part.indexOf('=');
      String name = eq > 0 ? part.substring(0, eq).trim() : "";
      if (name.equals("JSESSIONID") || name.equals("XSRF-TOKEN")) {
        cookies.put(name, part.substring(eq + 1).split(";")[0]);
      }
    }
  }

  private static Map<String, String> cookieHeader(Map<String, String> cookies) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Cookie", String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
    return headers;
  }

  private static Map<String, String> basic(String user) {
    return Map.of("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":demo").getBytes(UTF_8)));
  }

  private static Map<String, String> with(Map<String, String> headers, String name, String value) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put(name, value);
    return all;
  }
}
