package cn.gov.qztb.subsidy.access;

import java.util.Set;

/**
 * A logged-in user as the application's own checks see them: the enterprises they work for, the
 * townships they verify for, the units they approve for.
 */
public record Viewer(
    String userId,
    boolean administrator,
    Set<String> enterpriseCodes,
    Set<String> townshipCodes,
    Set<String> unitCodes) {

  /** Township verifiers, unit approvers and administrators: the officials of the process. */
  public boolean official() {
    return administrator || !townshipCodes.isEmpty() || !unitCodes.isEmpty();
  }
}
