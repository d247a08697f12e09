package cn.gov.qztb.subsidy.program;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Money is yuan as BigDecimal; it is rounded half-up to the fen once, at the end of a computation. */
public final class Money {

  public static final BigDecimal ZERO = yuan(BigDecimal.ZERO);

  private Money() {}

  public static BigDecimal yuan(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  /** "1,234,567.89 元": how amounts are shown to people (cards, forms, notes, history). */
  public static String display(BigDecimal amount) {
    return grouped(amount) + " 元";
  }

  /** "1,234,567.89": a filed amount whose unit its label names (e.g. 2023年度出口额（美元）). */
  public static String grouped(BigDecimal amount) {
    return String.format(Locale.ROOT, "%,.2f", yuan(amount));
  }

  /** "30000.00": the form in which amounts are shown and kept in process variables. */
  public static String format(BigDecimal amount) {
    return yuan(amount).toPlainString();
  }
}
