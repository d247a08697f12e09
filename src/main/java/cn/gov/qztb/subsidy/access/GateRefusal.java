package cn.gov.qztb.subsidy.access;

/** A request the gate refuses before it reaches the engine, with its HTTP status and Chinese message. */
public class GateRefusal extends RuntimeException {

  private final int status;
  private final String operation;

  public GateRefusal(int status, String message) {
    this(status, message, null);
  }

  /** @param operation the refused operation's id, for the client's log (the message is for people) */
  public GateRefusal(int status, String message, String operation) {
    super(message);
    this.status = status;
    this.operation = operation;
  }

  public int status() {
    return status;
  }

  String operation() {
    return operation;
  }

  static GateRefusal badRequest(String message) {
    return new GateRefusal(400, message);
  }

  static GateRefusal forbidden(String message) {
    return new GateRefusal(403, message);
  }

  /** Camunda's REST API error type for the status, so that Tasklist and clients read it as they read the engine's. */
  String type() {
    return switch (status) {
      case 401, 403 -> "AuthorizationException";
      case 404 -> "InvalidRequestException";
      default -> "InvalidRequestException";
    };
  }
}
