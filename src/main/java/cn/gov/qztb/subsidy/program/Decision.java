package cn.gov.qztb.subsidy.program;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What a rule decides about a filing: whether it is eligible, the amount in yuan (0.00 when
 * not), and Chinese notes that cite the clause, one line per unmet condition.
 */
public record Decision(boolean eligible, BigDecimal amount, List<String> notes) {

  public Decision {
    amount = Money.yuan(amount);
    notes = List.copyOf(notes);
    if (!eligible && amount.signum() != 0) {
      throw new IllegalArgumentException("an ineligible decision carries no amount");
    }
  }

  public String awardAmount() {
    return Money.format(amount);
  }

  public String notesText() {
    return String.join("\n", notes);
  }

  /**
   * The same eligible decision with a smaller amount (a cap): the note that explains it, and the
   * conclusion stated again with the new amount, in place of the earlier one.
   */
  public Decision capped(BigDecimal newAmount, int clause, String note) {
    List<String> lines = new ArrayList<>(notes.stream().filter(line -> !Notes.isConclusion(line)).toList());
    lines.add(Notes.line(clause, note));
    lines.add(Notes.conclusion(clause, newAmount));
    return new Decision(eligible, newAmount, lines);
  }

  /** The same decision with another amount (a deduction) and the note that explains it. */
  public Decision adjusted(BigDecimal newAmount, String note) {
    List<String> lines = new ArrayList<>(notes);
    lines.add(note);
    return new Decision(eligible, newAmount, lines);
  }
}
