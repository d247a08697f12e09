package cn.gov.qztb.subsidy.publicity;

import cn.gov.qztb.subsidy.program.Money;
import java.math.BigDecimal;

/** An approved award that may go on the unit's next list. */
public record Candidate(long awardId, String applicationNumber, String programKey, String edition, int clause,
    String programTitle, String enterpriseName, BigDecimal amount) {

  String line() {
    return applicationNumber + "　" + enterpriseName + "　第" + clause + "条 " + programTitle + "　" + Money.display(amount);
  }
}
