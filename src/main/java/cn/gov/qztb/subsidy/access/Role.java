package cn.gov.qztb.subsidy.access;

/** What a caller of the engine's REST API is, from their groups; a user may be several. */
public enum Role {
  /** {@code camunda-admin}: may call everything. */
  ADMINISTRATOR,
  /** Staff of an enterprise: files and follows its applications in Tasklist. */
  ENTERPRISE,
  /** A township's verifiers: 乡镇核实 in Tasklist. */
  TOWNSHIP,
  /** A district unit's staff: 部门审批 in Tasklist, following their programs in Cockpit. */
  UNIT
}
