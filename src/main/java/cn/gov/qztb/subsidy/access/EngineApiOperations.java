package cn.gov.qztb.subsidy.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Every operation of Camunda's REST API, read from the OpenAPI document Camunda publishes for it
 * ({@code org.camunda.bpm:camunda-engine-rest-openapi}, {@code openapi.json}), and the one a
 * request calls. Requests are matched as JAX-RS matches them: segment by segment, a literal
 * segment before a parameter ({@code /task/count} is not {@code /task/{id}}).
 */
@Component
public class EngineApiOperations {

  static final String DOCUMENT = "/openapi.json";
  /**
   * Reads the REST API has that its document leaves out (CMMN), which Cockpit's dashboard calls:
   * named here so that the allow-list can name them too.
   */
  static final List<EngineApiOperation> UNDOCUMENTED = List.of(
      new EngineApiOperation("getCaseDefinitions", "GET", "/case-definition"),
      new EngineApiOperation("getCaseDefinitionsCount", "GET", "/case-definition/count"),
      new EngineApiOperation("getCaseInstances", "GET", "/case-instance"),
      new EngineApiOperation("getCaseInstancesCount", "GET", "/case-instance/count"));
  private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch", "options", "head");

  private final List<EngineApiOperation> operations;

  public EngineApiOperations() {
    List<EngineApiOperation> all = new ArrayList<>(read());
    all.addAll(UNDOCUMENTED);
    this.operations = List.copyOf(all);
  }

  public List<EngineApiOperation> all() {
    return operations;
  }

  public Optional<EngineApiOperation> byId(String id) {
    return operations.stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /** @param path relative to the engine, e.g. {@code /task/abc/complete} (decoded, no query string) */
  public Optional<EngineApiOperation> match(String method, String path) {
    List<String> segments = segmentsOf(path);
    return operations.stream()
        .filter(o -> o.method().equalsIgnoreCase(method) && matches(o.segments(), segments))
        .max(Comparator.comparing(o -> o.segments(), EngineApiOperations::literalsFirst));
  }

  static List<String> segmentsOf(String path) {
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    return segments;
  }

  private static boolean matches(List<String> template, List<String> segments) {
    if (template.size() != segments.size()) {
      return false;
    }
    for (int i = 0; i < template.size(); i++) {
      if (!EngineApiOperation.isParameter(template.get(i)) && !template.get(i).equals(segments.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The template with a literal where the other has a parameter, at the first such place, ranks higher. */
  private static int literalsFirst(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      boolean literalA = !EngineApiOperation.isParameter(a.get(i));
      boolean literalB = !EngineApiOperation.isParameter(b.get(i));
      if (literalA != literalB) {
        return literalA ? 1 : -1;
      }
    }
    return 0;
  }

  private static List<EngineApiOperation> read() {
    try (InputStream in = EngineApiOperations.class.getResourceAsStream(DOCUMENT)) {
      if (in == null) {
        throw new IllegalStateException("Camunda's REST API description " + DOCUMENT + " is not on the class path");
      }
      JsonNode paths = new ObjectMapper().readTree(in).path("paths");
      List<EngineApiOperation> found = new ArrayList<>();
      paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
        if (METHODS.contains(method.getKey())) {
          found.add(new EngineApiOperation(method.getValue().path("operationId").asText(),
              method.getKey().toUpperCase(Locale.ROOT), path.getKey()));
        }
      }));
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
