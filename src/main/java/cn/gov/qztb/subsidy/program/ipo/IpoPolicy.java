package cn.gov.qztb.subsidy.program.ipo;

import cn.gov.qztb.subsidy.policy.ProgramPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;

/**
 * Clause 5 parameters. The clause names no amounts: the edition sets one per stage and names
 * where they come from ({@code amountSource}); stages reached within the window qualify.
 */
public record IpoPolicy(
    int clause,
    int year,
    String title,
    String approvingUnit,
    String amountSource,
    LocalDate stageDateFrom,
    LocalDate stageDateTo,
    Map<IpoStage, BigDecimal> stageAmounts)
    implements ProgramPolicy {

  public IpoPolicy {
    if (stageAmounts != null && !stageAmounts.keySet().containsAll(EnumSet.allOf(IpoStage.class))) {
      throw new IllegalArgumentException("stageAmounts must give an amount for every stage " + EnumSet.allOf(IpoStage.class));
    }
  }
}
