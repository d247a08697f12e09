package cn.gov.qztb.subsidy.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.stereotype.Component;

/**
 * The fields a user can fill in on a task: the input fields of the task's deployed Camunda Form
 * that are neither disabled nor read-only (form-js submits exactly those). A completion may send
 * only these; anything else would be a variable the form never offered.
 */
@Component
public class TaskFormFields {

  /** Camunda Forms components whose key is a value the user enters. */
  static final Set<String> INPUTS = Set.of("textfield", "textarea", "number", "checkbox", "checklist", "radio",
      "select", "taglist", "datetime");

  private final FormService forms;
  private final ObjectMapper json = new ObjectMapper();

  public TaskFormFields(FormService forms) {
    this.forms = forms;
  }

  /** Field key to its label, in form order; empty when the task has no Camunda Form. Run as the caller. */
  public Map<String, String> of(String taskId) {
    Map<String, String> fields = new LinkedHashMap<>();
    try (InputStream form = forms.getDeployedTaskForm(taskId)) {
      collect(json.readTree(form).path("components"), fields);
    } catch (ProcessEngineException noForm) {
      return fields;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fields;
  }

  /** A flag set true, or to an expression (which may be true when the form runs): not a field to submit. */
  private static boolean flagged(JsonNode component, String flag) {
    JsonNode value = component.get(flag);
    return value != null && !value.isNull() && !(value.isBoolean() && !value.booleanValue());
  }

  private static void collect(JsonNode components, Map<String, String> fields) {
    for (JsonNode component : components) {
      if (INPUTS.contains(component.path("type").asText()) && component.hasNonNull("key")
          && !flagged(component, "disabled") && !flagged(component, "readonly")) {
        fields.put(component.get("key").asText(), component.path("label").asText(component.get("key").asText()));
      }
      collect(component.path("components"), fields);
    }
  }
}
