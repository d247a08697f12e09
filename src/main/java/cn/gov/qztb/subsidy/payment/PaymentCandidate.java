package cn.gov.qztb.subsidy.payment;

import cn.gov.qztb.subsidy.ledger.AwardStatus;
import cn.gov.qztb.subsidy.program.Money;
import java.math.BigDecimal;

/** A publicized (or earlier failed) award the unit pays, and whether its enterprise has a receiving account. */
record PaymentCandidate(long awardId, String applicationNumber, String programKey, String edition, int clause,
    String enterpriseName, BigDecimal amount, AwardStatus status, boolean hasAccount) {

  String line(String programTitle) {
    return applicationNumber + "　" + enterpriseName + "　第" + clause + "条 " + programTitle + "　" + Money.display(amount)
        + (status == AwardStatus.PAYMENT_FAILED ? "　（前次拨付失败，账户已核对）" : "");
  }
}
