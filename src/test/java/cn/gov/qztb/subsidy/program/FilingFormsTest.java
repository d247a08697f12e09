package cn.gov.qztb.subsidy.program;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.program.electricity.ElectricityProgram;
import cn.gov.qztb.subsidy.program.employment.EmploymentProgram;
import cn.gov.qztb.subsidy.program.exhibition.ExhibitionProgram;
import cn.gov.qztb.subsidy.program.gas.GasProgram;
import cn.gov.qztb.subsidy.program.ipo.IpoProgram;
import cn.gov.qztb.subsidy.program.newtostatistics.NewToStatisticsProgram;
import cn.gov.qztb.subsidy.program.nostopconstruction.NoStopConstructionProgram;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each program's filing form (processes/&lt;key&gt;/&lt;key&gt;-filing.form, a Camunda Form) agrees with
 * the fields its filing record declares: the same keys, and for each the same type, label,
 * required flag, bounds, scale, choices and condition. A field declared once, a form that cannot
 * drift: any difference fails here, with every difference listed.
 */
class FilingFormsTest {

  static final String COUNT_PATTERN = "^[0-9]{1,3}([,，  ]?[0-9]{3})*$";
  static final String MONEY_PATTERN = "^[0-9]{1,3}([,，  ]?[0-9]{3})*(\\.[0-9]{1,2})?$";
  static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
  static final Set<String> INPUTS = Set.of("textfield", "textarea", "number", "checkbox", "checklist", "radio",
      "select", "taglist", "datetime");

  static Stream<SubsidyProgram<?, ?>> programs() {
    return Stream.of(new NoStopConstructionProgram(), new ExhibitionProgram(), new ElectricityProgram(),
        new EmploymentProgram(), new GasProgram(), new IpoProgram(null), new NewToStatisticsProgram());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("programs")
  void theFormHasExactlyTheDeclaredFields(SubsidyProgram<?, ?> program) throws IOException {
    Map<String, JsonNode> form = inputs(program.key());
    List<String> differences = new ArrayList<>();
    Map<String, JsonNode> unmatched = new LinkedHashMap<>(form);
    for (FilingField field : FilingField.of(program.filingType())) {
      if (field.isList()) {
        for (int i = 0; i < field.items(); i++) {
          String key = field.itemKey(i);
          compareItem(field, key, unmatched.remove(key), differences);
        }
      } else {
        compare(field, unmatched.remove(field.key()), differences);
      }
    }
    unmatched.keySet().forEach(key -> differences.add(key + ": in the form, not declared"));
    assertThat(differences).as(program.key()).isEmpty();
  }

  private static void compare(FilingField field, JsonNode component, List<String> differences) {
    String key = field.key();
    if (component == null) {
      differences.add(key + ": declared, not in the form");
      return;
    }
    String type = component.path("type").asText();
    JsonNode validate = component.path("validate");
    switch (field.kind()) {
      case TEXT -> {
        same(key, "type", Set.of("textfield", "textarea").contains(type) ? "text" : type, "text", differences);
        same(key, "maxLength", validate.path("maxLength").asLong(-1), field.max(), differences);
      }
      case COUNT -> typed(key, component, COUNT_PATTERN, differences);
      case MONEY -> typed(key, component, MONEY_PATTERN, differences);
      case DATE -> typed(key, component, DATE_PATTERN, differences);
      case MONTH -> {
        same(key, "type", type, "textfield", differences);
        same(key, "pattern", validate.path("pattern").asText(), "^\\d{4}-\\d{2}$", differences);
      }
      case CHOICE -> {
        same(key, "type", Set.of("select", "radio").contains(type) ? "choice" : type, "choice", differences);
        List<String> values = new ArrayList<>();
        component.path("values").forEach(v -> values.add(v.path("value").asText() + "=" + v.path("label").asText()));
        same(key, "values", values, field.choiceValues().stream().map(c -> c.name() + "=" + c.label()).toList(),
            differences);
      }
      case FLAG -> same(key, "type", type, "checkbox", differences);
    }
    // a label naming the edition's years comes from the edition (formLabels), like a list's items
    same(key, "label", component.path("label").asText(),
        field.labelNamesYears() ? "=formLabels." + key : field.label(), differences);
    // a checkbox left empty is the answer "no": it is never required in the form
    boolean required = field.kind() != FieldKind.FLAG && field.required();
    same(key, "required", validate.path("required").asBoolean(false), required, differences);
    String hide = field.when() == null ? "" : "=" + field.when().key() + " != \"" + field.when().value() + "\"";
    same(key, "conditional.hide", component.path("conditional").path("hide").asText(""), hide, differences);
  }

  /** An item of a list: labelled and shown by the edition (formLabels), required when shown. */
  private static void compareItem(FilingField field, String key, JsonNode component, List<String> differences) {
    if (component == null) {
      differences.add(key + ": declared (item of " + field.key() + "), not in the form");
      return;
    }
    typed(key, component, COUNT_PATTERN, differences);
    same(key, "label", component.path("label").asText(), "=formLabels." + key, differences);
    same(key, "required", component.path("validate").path("required").asBoolean(false), true, differences);
    same(key, "conditional.hide", component.path("conditional").path("hide").asText(""),
        "=formLabels." + key + " = null", differences);
  }

  /**
   * Numbers and dates are typed as text and read by the server as typed (form-js's number and
   * date fields changed 3,500,000 into 3.50 and 2024-04-22 into 2027-08-04 without a word): a
   * textfield whose pattern lets through what the server reads, with the server's bounds.
   */
  private static void typed(String key, JsonNode component, String pattern, List<String> differences) {
    same(key, "type", component.path("type").asText(), "textfield", differences);
    same(key, "pattern", component.path("validate").path("pattern").asText(), pattern, differences);
    same(key, "validationType", component.path("validate").path("validationType").asText(), "custom", differences);
  }

  private static void same(String key, String what, Object inForm, Object declared, List<String> differences) {
    boolean equal = inForm instanceof java.math.BigDecimal a && declared instanceof java.math.BigDecimal b
        ? a.compareTo(b) == 0 : java.util.Objects.equals(inForm, declared);
    if (!equal) {
      differences.add(key + "." + what + ": form " + inForm + ", declared " + declared);
    }
  }

  /** The form's input fields that the user fills in (disabled ones only show values), by key. */
  static Map<String, JsonNode> inputs(String program) throws IOException {
    JsonNode form = new ObjectMapper().readTree(Path.of("processes", program, program + "-filing.form").toFile());
    Map<String, JsonNode> inputs = new LinkedHashMap<>();
    collect(form.path("components"), inputs);
    return inputs;
  }

  private static void collect(JsonNode components, Map<String, JsonNode> inputs) {
    for (JsonNode component : components) {
      if (INPUTS.contains(component.path("type").asText()) && component.hasNonNull("key")
          && !component.path("disabled").asBoolean(false)) {
        inputs.put(component.get("key").asText(), component);
      }
      collect(component.path("components"), inputs);
    }
  }
}
