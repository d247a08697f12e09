package cn.gov.qztb.subsidy.application;

import java.util.Map;

/**
 * The review steps after filing. Each has its decision and comment variables, the decisions it
 * accepts, and what each decision does to the application.
 */
public enum ReviewStage {
  TOWNSHIP("乡镇核实", "townshipDecision", "townshipComment",
      Map.of("APPROVE", Outcome.ADVANCE, "RETURN", Outcome.RETURN, "REJECT", Outcome.REJECT),
      Map.of("APPROVE", "核实通过", "RETURN", "退回修改", "REJECT", "驳回")),
  CERTIFICATION("重点企业认定", "certificationDecision", "certificationComment",
      Map.of("CERTIFY", Outcome.ADVANCE, "REFUSE", Outcome.REJECT),
      Map.of("CERTIFY", "认定为重点企业", "REFUSE", "不予认定")),
  BUREAU("部门审批", "bureauDecision", "bureauComment",
      Map.of("APPROVE", Outcome.ADVANCE, "RETURN", Outcome.RETURN, "REJECT", Outcome.REJECT),
      Map.of("APPROVE", "批准", "RETURN", "退回修改", "REJECT", "驳回"));

  public enum Outcome {
    ADVANCE,
    RETURN,
    REJECT
  }

  public static final int MAX_COMMENT_LENGTH = 1000;

  /**
   * Clause 31's certifier confirms the figures the rule used (attrition, the February/January
   * electricity ratio, the insured headcount) before certifying: the box of the certification form.
   */
  public static final String FIGURES_CONFIRMED = "figuresConfirmed";

  private final String title;
  private final String decisionVariable;
  private final String commentVariable;
  private final Map<String, Outcome> outcomes;
  private final Map<String, String> decisionLabels;

  ReviewStage(String title, String decisionVariable, String commentVariable,
      Map<String, Outcome> outcomes, Map<String, String> decisionLabels) {
    this.title = title;
    this.decisionVariable = decisionVariable;
    this.commentVariable = commentVariable;
    this.outcomes = outcomes;
    this.decisionLabels = decisionLabels;
  }

  public String title() {
    return title;
  }

  public String decisionVariable() {
    return decisionVariable;
  }

  public String commentVariable() {
    return commentVariable;
  }

  public Map<String, Outcome> outcomes() {
    return outcomes;
  }

  /** Whether advancing needs {@link #FIGURES_CONFIRMED} ticked (重点企业认定 only). */
  public boolean confirmsFigures() {
    return this == CERTIFICATION;
  }

  public String decisionLabel(String decision) {
    return decisionLabels.get(decision);
  }
}
