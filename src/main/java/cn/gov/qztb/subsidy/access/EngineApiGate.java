package cn.gov.qztb.subsidy.access;

import cn.gov.qztb.subsidy.access.TasklistFilters;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The gate in front of Camunda's REST API, at /engine-rest and at the webapps' own
 * /camunda/api/engine: every request is named by the operation it calls in Camunda's OpenAPI
 * document, and passes only if the caller's role may call it ({@link EngineApiAllowList}) and
 * what it sends keeps to the rules ({@link EngineApiRules}). Bodies are limited in size and
 * nesting for everyone. Refusals are Chinese, 4xx, and reach nothing behind the gate.
 */
public class EngineApiGate extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(EngineApiGate.class);
  static final int USER_BODY_LIMIT = 64 * 1024;
  static final int ADMIN_BODY_LIMIT = 2 * 1024 * 1024;
  static final long ADMIN_UPLOAD_LIMIT = 20L * 1024 * 1024;
  static final int MAX_NESTING = 32;
  private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH", "DELETE");

  private final EngineApiOperations operations;
  private final EngineApiAllowList allowList;
  private final EngineApiRules rules;
  private final Callers callers;
  private final TasklistFilters filters;
  private final RefusalCounter refusals;
  private final ObjectMapper json = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build()).build());

  public EngineApiGate(EngineApiOperations operations, EngineApiAllowList allowList, EngineApiRules rules,
      Callers callers, TasklistFilters filters, RefusalCounter refusals) {
    this.operations = operations;
    this.allowList = allowList;
    this.rules = rules;
    this.callers = callers;
    this.filters = filters;
    this.refusals = refusals;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpServletRequest checked;
    try {
      checked = check(request);
    } catch (GateRefusal refusal) {
      refuse(response, refusal);
      return;
    }
    ClientErrorResponse answer = new ClientErrorResponse(response, refusals);
    chain.doFilter(checked, answer);
    answer.finish(json);
  }

  private HttpServletRequest check(HttpServletRequest request) throws IOException {
    String method = request.getMethod().toUpperCase(Locale.ROOT);
    String path = enginePath(request, callers.engineName());
    Optional<EngineApiOperation> operation = operations.match(method, path);
    if (operation.isPresent() && operation.get().id().equals("getProcessEngineNames")) {
      return request;
    }
    Caller caller = callers.of(request);
    if (caller == null) {
      throw new GateRefusal(401, "请先登录");
    }
    if (operation.isEmpty()) {
      if (caller.administrator()) {
        return request;
      }
      log.debug("refused {} {} of {}: not an operation of the REST API", method, path, caller.userId());
      throw GateRefusal.forbidden("此接口不对外开放");
    }
    EngineApiOperation called = operation.get();
    log.trace("{} {} {} by {} {}", called.id(), method, path, caller.userId(), caller.roles());
    if (!allowList.permits(caller.roles(), called.id())) {
      log.debug("refused {} ({} {}) to {} {}", called.id(), method, path, caller.userId(), caller.roles());
      throw new GateRefusal(403, "您的账号无权执行此操作", called.id());
    }
    if (called.id().equals("getFilterList")) {
      // a user an administrator added since startup gets their own 我的待办 and 本组待办 on first visit
      filters.ensureFor(caller.userId());
    }
    if (!WITH_BODY.contains(method)) {
      if (!caller.administrator()) {
        rules.check(called, pathParameters(called, path), request.getParameterMap(), null, caller);
      }
      return request;
    }
    String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
    if (contentType.startsWith("multipart/")) {
      // uploads (deployments, binary variables, attachments) are administrators' operations
      if (!caller.administrator() || request.getContentLengthLong() > ADMIN_UPLOAD_LIMIT) {
        throw GateRefusal.badRequest("上传的文件过大或无权上传");
      }
      return request;
    }
    CachedBodyRequest cached = CachedBodyRequest.read(request, caller.administrator() ? ADMIN_BODY_LIMIT : USER_BODY_LIMIT);
    JsonNode body = parse(cached.body());
    rules.checkFilterOwner(called, body, caller);
    if (!caller.administrator()) {
      rules.check(called, pathParameters(called, path), request.getParameterMap(), body, caller);
    }
    return cached;
  }

  private JsonNode parse(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      return json.readTree(body);
    } catch (StreamConstraintsException tooDeep) {
      throw GateRefusal.badRequest("提交的内容嵌套层级过深（不能超过" + MAX_NESTING + "层）");
    } catch (JsonProcessingException notJson) {
      throw GateRefusal.badRequest("提交的内容不是有效的JSON");
    } catch (IOException e) {
      throw GateRefusal.badRequest("提交的内容无法读取");
    }
  }

  /**
   * The path relative to the engine: /engine-rest/task/1 and /engine-rest/engine/default/task/1
   * (and the webapps' /camunda/api/engine/engine/default/task/1) are all /task/1. A path without an
   * engine names the one called {@code default}; only this application's engine is served.
   */
  static String enginePath(HttpServletRequest request, String engineName) {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    List<String> segments = EngineApiOperations.segmentsOf(path);
    String named = "default";
    if (!segments.isEmpty() && segments.get(0).equals("engine")) {
      if (segments.size() == 1) {
        return "/engine";
      }
      named = segments.get(1);
      segments = segments.subList(2, segments.size());
    }
    if (!named.equals(engineName)) {
      throw new GateRefusal(404, "流程引擎“" + named + "”不存在");
    }
    return "/" + String.join("/", segments);
  }

  static Map<String, String> pathParameters(EngineApiOperation operation, String path) {
    List<String> template = operation.segments();
    List<String> actual = EngineApiOperations.segmentsOf(path);
    Map<String, String> parameters = new HashMap<>();
    for (int i = 0; i < template.size() && i < actual.size(); i++) {
      if (EngineApiOperation.isParameter(template.get(i))) {
        String name = template.get(i);
        parameters.put(name.substring(1, name.length() - 1), actual.get(i));
      }
    }
    return parameters;
  }

  private void refuse(HttpServletResponse response, GateRefusal refusal) throws IOException {
    response.resetBuffer();
    response.setStatus(refusal.status());
    response.setContentType("application/json;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    if (refusal.status() == 401) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"qztb-subsidy\", charset=\"UTF-8\"");
    }
    ObjectNode error = JsonNodeFactory.instance.objectNode();
    error.put("type", refusal.type());
    error.put("message", refusal.getMessage());
    error.putNull("code");
    if (refusal.operation() != null) {
      error.put("operation", refusal.operation());
    }
    response.getOutputStream().write(json.writeValueAsString(error).getBytes(StandardCharsets.UTF_8));
  }
}
