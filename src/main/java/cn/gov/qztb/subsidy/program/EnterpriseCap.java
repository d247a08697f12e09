package cn.gov.qztb.subsidy.program;

import java.math.BigDecimal;

/**
 * Implemented by a program's policy when the clause limits what one enterprise may receive in all
 * (e.g. clause 33: 单个企业享受优惠金额累计不超过100万元). The limit is applied by one function
 * wherever it is due: by the rule to a single filing, and by the ledger, under the enterprise's
 * lock, to what the enterprise already received under the same edition.
 */
public interface EnterpriseCap {

  BigDecimal enterpriseCap();

  /** The decision, cut to what the cap leaves after {@code alreadyAwarded}, with the note that says so. */
  static Decision apply(Decision decision, BigDecimal cap, BigDecimal alreadyAwarded, int clause) {
    BigDecimal room = cap.subtract(alreadyAwarded).max(BigDecimal.ZERO);
    if (!decision.eligible() || decision.amount().compareTo(room) <= 0) {
      return decision;
    }
    String note = alreadyAwarded.signum() == 0
        ? "计" + Money.display(decision.amount()) + "，超过每家企业累计上限" + Money.display(cap) + "，按上限核定"
        : "每家企业累计不超过" + Money.display(cap) + "，已获" + Money.display(alreadyAwarded) + "，本次核减为"
            + Money.display(room);
    return decision.capped(room, clause, note);
  }
}
