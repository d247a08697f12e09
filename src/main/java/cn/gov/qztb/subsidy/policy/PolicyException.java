package cn.gov.qztb.subsidy.policy;

/** The policy data is missing or malformed: an administrator must correct seeds/policy/. */
public class PolicyException extends RuntimeException {

  public PolicyException(String message) {
    super(message);
  }

  public PolicyException(String message, Throwable cause) {
    super(message, cause);
  }
}
