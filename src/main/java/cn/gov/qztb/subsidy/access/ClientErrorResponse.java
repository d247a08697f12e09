package cn.gov.qztb.subsidy.access;

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

/**
 * Camunda's REST API answers some mistakes of the caller with 500: an id that names nothing
 * ({@code NullValueException}, e.g. a statistics request for a definition that does not exist).
 * The caller is told what they did wrong with a 4xx and a Chinese message (Camunda's own words
 * kept as {@code detail}); a real server error stays a 500. Only error responses are held back.
 */
class ClientErrorResponse extends HttpServletResponseWrapper {

  /** Camunda exception types that are the caller's mistake, and what they become. */
  static final Map<String, Integer> CLIENT_ERRORS = Map.of(
      "NullValueException", 404,
      "NotFoundException", 404,
      "NotValidException", 400,
      "BadUserRequestException", 400);
  static final Map<Integer, String> MESSAGES = Map.of(
      404, "请求的对象不存在，或您无权查看",
      400, "请求无效，请检查提交的内容");

  private final HttpServletResponse response;
  private ByteArrayOutputStream held;

  ClientErrorResponse(HttpServletResponse response) {
    super(response);
    this.response = response;
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
      Integer status = error == null ? null : CLIENT_ERRORS.get(error.path("type").asText());
      if (status != null) {
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
