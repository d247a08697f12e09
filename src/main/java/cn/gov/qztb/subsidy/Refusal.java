package cn.gov.qztb.subsidy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * The application's one refusal: something it will not do, said in Chinese, naming each field
 * or rule. Thrown inside an engine command it rolls the command back, so a task stays open and
 * nothing is written. It is a {@link ProcessEngineException}, Camunda's public exception type,
 * carrying a code from the range Camunda keeps for applications (20000–39999); the REST API passes
 * the code on, and the gate in front of the API (access/) answers with the kind's status: 400 for
 * bad input, 403 for a refusal of access, 404 for what does not exist, 409 for a lost race.
 */
public class Refusal extends ProcessEngineException {

  public enum Kind {
    BAD_INPUT(400, 22_400),
    FORBIDDEN(403, 22_403),
    NOT_FOUND(404, 22_404),
    CONFLICT(409, 22_409);

    private final int status;
    private final int code;

    Kind(int status, int code) {
      this.status = status;
      this.code = code;
    }

    public int status() {
      return status;
    }

    public int code() {
      return code;
    }

    public static Optional<Kind> ofCode(int code) {
      return Arrays.stream(values()).filter(kind -> kind.code == code).findFirst();
    }
  }

  private final Kind kind;
  private final List<String> problems;

  private Refusal(Kind kind, String message, List<String> problems) {
    super(message, kind.code());
    this.kind = kind;
    this.problems = List.copyOf(problems);
  }

  /** A filing, decision or comment that is wrong: every problem, each naming its field. */
  public static Refusal badInput(List<String> problems) {
    return new Refusal(Kind.BAD_INPUT, message(problems), problems);
  }

  public static Refusal badInput(String problem) {
    return badInput(List.of(problem));
  }

  public static Refusal forbidden(String message) {
    return new Refusal(Kind.FORBIDDEN, message, List.of(message));
  }

  public static Refusal notFound(String message) {
    return new Refusal(Kind.NOT_FOUND, message, List.of(message));
  }

  /** Someone else did it first: the user's action took no effect. */
  public static Refusal conflict(String message) {
    return new Refusal(Kind.CONFLICT, message, List.of(message));
  }

  public Kind kind() {
    return kind;
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
