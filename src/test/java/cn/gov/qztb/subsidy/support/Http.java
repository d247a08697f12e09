package cn.gov.qztb.subsidy.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Raw HTTP against the running application, as an attacker's client would send it: any method,
 * any body, HTTP Basic or a webapp session with or without its CSRF token.
 */
public final class Http {

  public static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final String base;

  public Http(int port) {
    this.base = "http://localhost:" + port;
  }

  public record Response(int status, String body, Map<String, String> headers) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
      }
    }

    public String message() {
      try {
        return JSON.readTree(body).path("message").asText();
      } catch (IOException e) {
        return body;
      }
    }
  }

  /** A request as the user over HTTP Basic (password demo), or anonymously when user is null. */
  public Response basic(String user, String method, String path, Object body) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (user != null) {
      headers.put("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    return send(method, path, body, headers);
  }

  /** A multipart/form-data upload of one file in the field {@code file}, as the user over HTTP Basic. */
  public Response upload(String user, String path, String fileName, byte[] content) {
    String boundary = "----subsidy" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    Map<String, String> headers = new LinkedHashMap<>();
    if (user != null) {
      headers.put("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    headers.put("Content-Type", "multipart/form-data; boundary=" + boundary);
    return send("POST", path, body.toByteArray(), headers);
  }

  /** @param body a String or byte[] sent as is, or an object sent as JSON, or null */
  public Response send(String method, String path, Object body, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    headers.forEach(request::header);
    byte[] bytes = bytes(body);
    if (bytes != null && !headers.containsKey("Content-Type")) {
      request.header("Content-Type", "application/json");
    }
    request.method(method, bytes == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(bytes));
    try {
      HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      Map<String, String> responseHeaders = new LinkedHashMap<>();
      response.headers().map().forEach((name, values) -> responseHeaders.put(name.toLowerCase(), String.join("; ", values)));
      return new Response(response.statusCode(), response.body(), responseHeaders);
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bytes(Object body) {
    if (body == null) {
      return null;
    }
    if (body instanceof byte[] raw) {
      return raw;
    }
    if (body instanceof String text) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
    try {
      return JSON.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** REST variables as the API carries them: {"name": {"value": …}}. */
  public static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return variables;
  }

  /** A session in the Camunda webapps, logged in as the user, that sends the CSRF token as the webapps do. */
  public WebappSession login(String user, String app) {
    return login(user, app, "default");
  }

  /** Logged in to a named engine (tests that run a context of their own name its engine). */
  public WebappSession login(String user, String app, String engine) {
    WebappSession session = new WebappSession(this);
    session.logIn(user, app, engine);
    return session;
  }

  public static final class WebappSession {
    private final Http http;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrfToken;

    WebappSession(Http http) {
      this.http = http;
    }

    void logIn(String user, String app, String engine) {
      remember(http.send("GET", "/camunda/app/" + app + "/", null, headers(false)));
      Map<String, String> form = headers(true);
      form.put("Content-Type", "application/x-www-form-urlencoded");
      Response login = http.send("POST", "/camunda/api/admin/auth/user/" + engine + "/login/" + app,
          "username=" + user + "&password=demo", form);
      if (login.status() != 200) {
        throw new IllegalStateException("login of " + user + " failed: " + login.status() + " " + login.body());
      }
      remember(login);
      remember(http.send("GET", "/camunda/api/admin/auth/user/" + engine, null, headers(false)));
    }

    /** The session's CSRF token, as the webapps gave it. */
    public String csrfToken() {
      return csrfToken;
    }

    /** Sends with the session cookie, and with the CSRF token when {@code withToken}. */
    public Response send(String method, String path, Object body, boolean withToken) {
      Response response = http.send(method, path, body, headers(withToken));
      remember(response);
      return response;
    }

    private Map<String, String> headers(boolean withToken) {
      Map<String, String> headers = new LinkedHashMap<>();
      if (!cookies.isEmpty()) {
        headers.put("Cookie", String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
      }
      if (withToken && csrfToken != null) {
        headers.put("X-XSRF-TOKEN", csrfToken);
      }
      return headers;
    }

    private void remember(Response response) {
      String token = response.headers().get("x-xsrf-token");
      if (token != null && !token.equals("Required")) {
        csrfToken = token;
      }
      String setCookie = response.headers().get("set-cookie");
      if (setCookie != null) {
        for (String part : setCookie.split("; ")) {
          int eq = part.indexOf('=');
          if (eq > 0) {
            String name = part.substring(0, eq).trim();
            if (name.equals("JSESSIONID") || name.equals("XSRF-TOKEN")) {
              cookies.put(name, part.substring(eq + 1).split(";")[0]);
            }
          }
        }
      }
    }
  }
}
