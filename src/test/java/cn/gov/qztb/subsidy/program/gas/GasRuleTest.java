package cn.gov.qztb.subsidy.program.gas;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.program.Decision;
import cn.gov.qztb.subsidy.support.Policies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Clause 33: 60 days from the window's dates, 240,000 m³ exactly, the 1,000,000 cap. */
class GasRuleTest {

  private static final GasPolicy POLICY = Policies.edition2024("gasPriceDiscount", GasPolicy.class);

  @Test
  void theWindowOf2024Is60Days() {
    assertThat(POLICY.days()).isEqualTo(60);
    assertThat(POLICY.minTotalM3()).isEqualTo(240_000);
  }

  @ParameterizedTest(name = "{0} + {1} m³ on tariff {2}")
  @CsvSource({
      "120000, 120000, true, true, 24000.00",
      "120000, 119999, true, false, 0.00",
      "200000, 200000, false, false, 0.00",
      "5000000, 5000000, true, true, 1000000.00",
      "6000000, 6000000, true, true, 1000000.00",
      "4999999, 5000000, true, true, 999999.90"})
  void decides(long jan, long feb, boolean tariff, boolean eligible, String amount) {
    Decision decision = GasRule.evaluate(new GasFiling(tariff, jan, feb), POLICY);

    assertThat(decision.eligible()).isEqualTo(eligible);
    assertThat(decision.awardAmount()).isEqualTo(amount);
  }

  @Test
  void notesNameTheShortfallAndTheCap() {
    assertThat(GasRule.evaluate(new GasFiling(true, 120_000, 119_999), POLICY).notes())
        .containsExactly("第33条：2024-01-01至2024-02-29共60天用气239999立方米，未达到日均4000立方米（合计240000立方米）");
    assertThat(GasRule.evaluate(new GasFiling(false, 200_000, 200_000), POLICY).notes())
        .containsExactly("第33条：未执行全市非居民用户管道燃气终端销售价格，不在优惠范围");
    assertThat(GasRule.evaluate(new GasFiling(true, 6_000_000, 6_000_000), POLICY).notes())
        .containsExactly("第33条：按12000000立方米×0.10元计1,200,000.00 元",
            "第33条：计1,200,000.00 元，超过每家企业累计上限1,000,000.00 元，按上限核定",
            "第33条：符合条件，核定金额1,000,000.00 元");
  }
}
