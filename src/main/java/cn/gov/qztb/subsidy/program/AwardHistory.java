package cn.gov.qztb.subsidy.program;

import java.math.BigDecimal;
import java.util.List;

/** The awards an enterprise already holds in a program, as the ledger sees them at award time. */
public interface AwardHistory {

  record PastAward(String subjectKey, BigDecimal amount) {}

  List<PastAward> awards();

  default BigDecimal total() {
    return awards().stream().map(PastAward::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
