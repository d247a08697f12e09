package cn.gov.qztb.subsidy.letter;

/** What a decision letter decides, with the words the letter uses for it. */
public enum Decision {
  APPROVED("准予奖补"),
  REJECTED("不予奖补"),
  WITHDRAWN("申请已撤回");

  private final String label;

  Decision(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
