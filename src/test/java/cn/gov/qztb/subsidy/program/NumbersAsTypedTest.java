package cn.gov.qztb.subsidy.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A number as a Chinese user types it is read as written, or refused with the field named: never
 * changed silently (typing 3,500,000 once stored 3.50).
 */
class NumbersAsTypedTest {

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(delimiter = '|', value = {
      "3500000          | 3500000",
      "3,500,000        | 3500000",
      "3 500 000        | 3500000",
      "3，500，000      | 3500000",
      "1,234,567.89     | 1234567.89",
      "999              | 999"})
  void separatorsOfThousandsAreRead(String typed, String stored) {
    FilingReader in = new FilingReader(Map.of("amount", typed));
    BigDecimal amount = in.money("amount", "金额（元）", new BigDecimal("100000000"));
    assertThat(in.problems()).isEmpty();
    assertThat(amount).isEqualByComparingTo(stored);
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(delimiter = '|', value = {
      "3,50,000", "3,500 000", "3.500.000", "35,00", ",500", "3,500,", "3,5000", "1,234.567", "１２３"})
  void anythingElseIsRefusedNamingTheField(String typed) {
    FilingReader in = new FilingReader(Map.of("amount", typed));
    in.money("amount", "金额（元）", new BigDecimal("100000000"));
    assertThat(in.problems()).singleElement().asString().startsWith("「金额（元）」（amount）");
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource({"'3,500,000', 3500000", "'3 500', 3500"})
  void countsTooAreReadWithSeparators(String typed, long stored) {
    FilingReader in = new FilingReader(Map.of("count", typed));
    assertThat(in.count("count", "人数（人）", 10_000_000)).isEqualTo(stored);
    assertThat(in.problems()).isEmpty();
  }
}
