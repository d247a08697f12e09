package cn.gov.qztb.subsidy.letter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A decision letter (决定书) on one application, as the enterprise receives it.
 *
 * @param letterNumber e.g. NSC-2024-000001
 * @param programTitle e.g. 春节不停工奖励
 * @param clause the clause of the policy document the program carries out, e.g. 18
 * @param edition the policy edition, e.g. 2024
 * @param documentName the policy document, e.g. 泉台管办发明电〔2024〕3号
 * @param amount the award in yuan: present if and only if the decision is {@link Decision#APPROVED}
 * @param figures the figures the amount was computed from (e.g. 日均在岗人数 62); may be empty
 * @param reason the rule's notes, or why the application was rejected or withdrawn; required
 *     for {@link Decision#REJECTED}, otherwise may be null
 * @param decidedBy the deciding unit's name, e.g. 区科技经济发展局
 */
public record DecisionLetter(String letterNumber, String enterpriseName, String creditCode, String programTitle,
    int clause, String edition, String documentName, Decision decision, BigDecimal amount, List<Figure> figures,
    String reason, String decidedBy, LocalDate decidedOn) {

  /** One figure the amount was computed from, both as they are shown. */
  public record Figure(String label, String value) {

    public Figure {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
    }
  }

  public DecisionLetter {
    Objects.requireNonNull(letterNumber, "letterNumber");
    Objects.requireNonNull(enterpriseName, "enterpriseName");
    Objects.requireNonNull(creditCode, "creditCode");
    Objects.requireNonNull(programTitle, "programTitle");
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(documentName, "documentName");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(decidedOn, "decidedOn");
    figures = figures == null ? List.of() : List.copyOf(figures);
    reason = reason == null || reason.isBlank() ? null : reason.strip();
    if ((decision == Decision.APPROVED) != (amount != null)) {
      throw new IllegalArgumentException("a decision letter states an amount if and only if it approves: "
          + decision + ", " + amount);
    }
    if (amount != null && amount.signum() < 0) {
      throw new IllegalArgumentException("negative amount " + amount);
    }
    if (decision == Decision.REJECTED && reason == null) {
      throw new IllegalArgumentException("a rejection states its reason");
    }
  }
}
