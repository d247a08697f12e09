package cn.gov.qztb.subsidy.reference;

/** What the enterprise registry says an enterprise is; rules read it, never the form. */
public enum EnterpriseKind {
  /** 规模以上工业企业 */
  INDUSTRIAL_ABOVE_SIZE("规模以上工业企业"),
  /** 规模以下工业企业 */
  INDUSTRIAL_BELOW_SIZE("规模以下工业企业"),
  /** 建筑业企业（施工单位） */
  CONSTRUCTION("建筑业企业"),
  /** 外贸企业 */
  FOREIGN_TRADE("外经贸企业"),
  /** 批发零售业企业 */
  WHOLESALE_RETAIL("批发零售业企业"),
  /** 住宿餐饮业企业 */
  ACCOMMODATION_CATERING("住宿餐饮业企业"),
  /** 服务业企业 */
  SERVICES("服务业企业"),
  OTHER("其他企业");

  private final String label;

  EnterpriseKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
