package cn.gov.qztb.subsidy.publicity;

/** Where a 公示 list stands. */
public enum PublicityStatus {
  COMPILING("编制中"),
  PUBLISHED("公示中"),
  CLOSED("公示期满"),
  CANCELLED("已取消");

  private final String label;

  PublicityStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
