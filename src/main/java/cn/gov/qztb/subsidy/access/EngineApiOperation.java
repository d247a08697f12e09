package cn.gov.qztb.subsidy.access;

import java.util.List;

/**
 * One operation of Camunda's REST API as its OpenAPI document names it, e.g. {@code POST
 * /task/{id}/complete} is {@code complete}.
 *
 * @param id the document's operationId
 * @param method the HTTP method, upper case
 * @param path the path template relative to the engine, e.g. {@code /task/{id}/complete}
 */
public record EngineApiOperation(String id, String method, String path) {

  List<String> segments() {
    return List.of(path.substring(1).split("/"));
  }

  static boolean isParameter(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }

  /** Read-only by nature: a GET, or a POST that only carries a query (Camunda's query* and postExecuteFilter*). */
  public boolean reads() {
    return method.equals("GET")
        || (method.equals("POST") && (id.startsWith("query") || id.startsWith("postExecuteFilter")));
  }
}
