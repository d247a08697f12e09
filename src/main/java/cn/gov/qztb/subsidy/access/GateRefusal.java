package cn.gov.qztb.subsidy.access;

/** A request the gate refuses before it reaches the engine, with its HTTP status and Chinese message. */
public class GateRefusal extends RuntimeException {

  private final int status;

  public GateRefusal(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
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
