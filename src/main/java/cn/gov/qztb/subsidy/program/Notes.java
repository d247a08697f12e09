package cn.gov.qztb.subsidy.program;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Collects a rule's findings, each prefixed with its clause (第18条：…), and turns them into a {@link Decision}. */
public final class Notes {

  private final String prefix;
  private final List<String> unmet = new ArrayList<>();
  private final List<String> remarks = new ArrayList<>();

  public Notes(int clause) {
    this.prefix = "第" + clause + "条：";
  }

  /** A condition of the clause that the filing does not meet. */
  public Notes unmet(String text) {
    unmet.add(prefix + text);
    return this;
  }

  /** An explanation that does not by itself make the filing ineligible. */
  public Notes remark(String text) {
    remarks.add(prefix + text);
    return this;
  }

  public boolean allMet() {
    return unmet.isEmpty();
  }

  /** Eligible with the amount when every condition holds; otherwise ineligible with the unmet conditions. */
  public Decision decide(BigDecimal amount) {
    List<String> lines = new ArrayList<>(unmet);
    lines.addAll(remarks);
    if (!allMet()) {
      return new Decision(false, BigDecimal.ZERO, lines);
    }
    lines.add(prefix + CONCLUSION + Money.display(amount));
    return new Decision(true, amount, lines);
  }

  static final String CONCLUSION = "符合条件，核定金额";

  static String line(int clause, String text) {
    return "第" + clause + "条：" + text;
  }

  static String conclusion(int clause, BigDecimal amount) {
    return line(clause, CONCLUSION + Money.display(amount));
  }

  static boolean isConclusion(String line) {
    return line.matches("第\\d+条：" + CONCLUSION + ".*");
  }
}
