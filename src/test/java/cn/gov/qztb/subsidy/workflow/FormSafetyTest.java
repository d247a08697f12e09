package cn.gov.qztb.subsidy.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Text that users type (names, comments, notes) reaches the forms only as the value of an input
 * (textfield, textarea), which the browser shows as text. The components that render markup
 * (text, html) must be static, and expressions may read only variables the system writes.
 */
class FormSafetyTest {

  static final Set<String> MARKUP = Set.of("text", "html", "image", "iframe");
  static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");
  static final Set<String> FEEL_WORDS = Set.of("if", "then", "else", "null", "string", "length", "and", "or", "not", "true", "false");

  @Test
  void markupIsStaticAndExpressionsReadOnlySystemVariables() throws IOException {
    List<String> problems = new ArrayList<>();
    int components = 0;
    try (Stream<Path> forms = Files.walk(Path.of("processes"))) {
      for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
        for (JsonNode component : components(new ObjectMapper().readTree(form.toFile()))) {
          components++;
          String type = component.path("type").asText();
          if (MARKUP.contains(type) && (component.toString().contains("{{") || component.path("text").asText().startsWith("="))) {
            problems.add(form + ": " + type + " component renders variables as markup");
          }
          String label = component.path("label").asText();
          if (label.startsWith("=")) {
            readVariables(label).stream().filter(v -> !v.startsWith("formLabels") && !v.equals("returnedBy"))
                .forEach(v -> problems.add(form + ": label reads user-typed variable " + v));
          }
        }
      }
    }
    System.out.printf("FormSafetyTest: %d form components checked%n", components);
    assertThat(components).isGreaterThan(50);
    assertThat(problems).isEmpty();
  }

  private static List<String> readVariables(String expression) {
    List<String> names = new ArrayList<>();
    Matcher matcher = VARIABLE.matcher(expression.replaceAll("\"[^\"]*\"", ""));
    while (matcher.find()) {
      if (!FEEL_WORDS.contains(matcher.group())) {
        names.add(matcher.group());
      }
    }
    return names;
  }

  private static List<JsonNode> components(JsonNode node) {
    List<JsonNode> all = new ArrayList<>();
    node.path("components").forEach(component -> {
      all.add(component);
      all.addAll(components(component));
    });
    return all;
  }
}
