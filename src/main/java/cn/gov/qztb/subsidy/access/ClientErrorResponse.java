package cn.gov.qztb.subsidy.access;

import cn.gov.qztb.subsidy.Refusal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Camunda's REST API answers the application's refusals ({@link Refusal}, thrown inside a command)
 * and some mistakes of the caller with 500: it wraps the refusal as "Cannot complete task …: …",
 * and an id that names nothing is a {@code NullValueException}. The caller gets the refusal's
 * status (400, 403, 404, 409) and its Chinese message alone, or a 4xx with a Chinese message for
 * the caller's mistake (Camunda's own words kept as {@code detail}); a real server error stays a
 * 500. Only error responses are held back. Refusals are counted ({@link RefusalCounter}).
 */
class ClientErrorResponse extends HttpServletResponseWrapper {

  /** Camunda exception types that are the caller's mistake, and what they become. */
  static final Map<String, Integer> CLIENT_ERRORS = Map.of(
      "NullValueException", 404,
      "NotFoundException", 404,
      "NotValidException", 400,
      "BadUserRequestException", 400);
  /** "Cannot complete task 5f3c…: " and the like, which the REST API puts before the refusal's message. */
  static final Pattern CAMUNDA_PREFIX = Pattern.compile("^Cannot .*?: (?=[\\u3000-\\u9fff\\uff00-\\uffef])", Pattern.DOTALL);
  static final Map<Integer, String> MESSAGES = Map.of(
      404, "请求的对象不存在，或您无权查看",
      400, "请求无效，请检查提交的内容");

  private final HttpServletResponse response;
  private final RefusalCounter refusals;
  private ByteArrayOutputStream held;

  ClientErrorResponse(HttpServletResponse response, RefusalCounter refusals) {
    super(response);
    this.response = response;
    this.refusals = refusals;
  }

  @Override
  public void setStatus(int status) {
    if (status >= 500) {
      held = new ByteArrayOutputStream();
    }
    super.setStatus(status);
  }

  @Override
  public void setContentLength(int length) {
    if (held == null) {
      super.setContentLength(length);
    }
  }

  @Override
  public void setContentLengthLong(long length) {
    if (held == null) {
      super.setContentLengthLong(length);
    }
  }

  @Override
  public void setHeader(String name, String value) {
    if (held == null || !name.equalsIgnoreCase("Content-Length")) {
      super.setHeader(name, value);
    }
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (held == null) {
      return super.getOutputStream();
    }
    return new ServletOutputStream() {
      @Override
      public void write(int b) {
        held.write(b);
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setWriteListener(WriteListener listener) {
        throw new UnsupportedOperationException();
      }
    };
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    return held == null ? super.getWriter()
        : new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8), true);
  }

  /** Sends what was held back, as a 4xx where it was the caller's mistake. */
  void finish(ObjectMapper json) throws IOException {
    if (held == null) {
      return;
    }
    byte[] body = held.toByteArray();
    try {
      JsonNode error = json.readTree(body);
      Optional<Refusal.Kind> refusal = error == null ? Optional.empty() : Refusal.Kind.ofCode(error.path("code").asInt());
      Integer status = error == null ? null : CLIENT_ERRORS.get(error.path("type").asText());
      if (refusal.isPresent()) {
        ObjectNode refused = json.createObjectNode();
        refused.put("type", "Refusal");
        refused.put("message", CAMUNDA_PREFIX.matcher(error.path("message").asText()).replaceFirst(""));
        refused.put("code", refusal.get().code());
        body = json.writeValueAsBytes(refused);
        response.setStatus(refusal.get().status());
        response.setContentType("application/json;charset=UTF-8");
        refusals.answered(refusal.get());
      } else if (status != null) {
        ObjectNode translated = json.createObjectNode();
        translated.put("type", error.path("type").asText());
        translated.put("message", MESSAGES.get(status));
        translated.put("detail", error.path("message").asText());
        translated.putNull("code");
        body = json.writeValueAsBytes(translated);
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
      }
    } catch (IOException notJson) {
      // not Camunda's error document: sent as it was
    }
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
