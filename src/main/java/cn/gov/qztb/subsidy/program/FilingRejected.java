package cn.gov.qztb.subsidy.program;

import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A filing, decision or comment the server refuses. Thrown from a task listener it rolls the
 * completion back, so the task stays open and nothing is written; Camunda's REST API answers
 * 400 with this message, which Tasklist shows to the user.
 */
public class FilingRejected extends FormFieldValidationException {

  private final List<String> problems;

  public FilingRejected(List<String> problems) {
    super(problems.isEmpty() ? "" : problems.get(0), message(problems));
    this.problems = List.copyOf(problems);
  }

  public FilingRejected(String problem) {
    this(List.of(problem));
  }

  public List<String> problems() {
    return problems;
  }

  private static String message(List<String> problems) {
    if (problems.size() == 1) {
      return "提交未成功：" + problems.get(0);
    }
    StringBuilder text = new StringBuilder("提交未成功，请更正以下" + problems.size() + "处：");
    for (int i = 0; i < problems.size(); i++) {
      text.append('\n').append(i + 1).append(". ").append(problems.get(i));
    }
    return text.toString();
  }
}
