package cn.gov.qztb.subsidy.application;

/** Where an application stands; kept in the process variable {@code applicationStatus} for searching. */
public enum ApplicationStatus {
  DRAFT("待填报"),
  FILED("已提交"),
  RETURNED("已退回修改"),
  VERIFIED("乡镇已核实"),
  CERTIFIED("已认定为重点企业"),
  APPROVED("已批准"),
  REJECTED("已驳回"),
  /** The enterprise discarded the draft (or the returned filing) before filing it. */
  DISCARDED("已放弃"),
  /** Left unfiled for the edition's draftExpiryDays: closed by the system. */
  EXPIRED("逾期未提交已关闭");

  private final String label;

  ApplicationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
