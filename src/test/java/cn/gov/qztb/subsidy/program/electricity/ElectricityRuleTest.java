package cn.gov.qztb.subsidy.program.electricity;

import static cn.gov.qztb.subsidy.reference.EnterpriseKind.INDUSTRIAL_ABOVE_SIZE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.program.AwardHistory;
import cn.gov.qztb.subsidy.program.Decision;
import cn.gov.qztb.subsidy.reference.EnterpriseKind;
import cn.gov.qztb.subsidy.support.Policies;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Clause 9: 15,000 kWh exactly, 105% exactly, the deduction of the other period's award. */
class ElectricityRuleTest {

  private static final ElectricityPolicy POLICY = Policies.edition2024("electricityIncrementReward", ElectricityPolicy.class);

  static ElectricityFiling janFeb(long jan23, long feb23, long jan24, long feb24) {
    return new ElectricityFiling(ElectricityPeriod.JAN_FEB, jan23, feb23, jan24, feb24, null, null);
  }

  static ElectricityFiling q1(long base, long current) {
    return new ElectricityFiling(ElectricityPeriod.Q1, base - 2, 1, current - 2, 1, 1L, 1L);
  }

  @Test
  void janFebIncrementOfExactly15000kWhEarns3000() {
    Decision decision = ElectricityRule.evaluate(janFeb(50_000, 50_000, 60_000, 55_000), INDUSTRIAL_ABOVE_SIZE, POLICY);

    assertThat(decision.eligible()).isTrue();
    assertThat(decision.awardAmount()).isEqualTo("3000.00");
  }

  @Test
  void janFebIncrementOf14999kWhEarnsNothing() {
    Decision decision = ElectricityRule.evaluate(janFeb(50_000, 50_000, 60_000, 54_999), INDUSTRIAL_ABOVE_SIZE, POLICY);

    assertThat(decision.eligible()).isFalse();
    assertThat(decision.awardAmount()).isEqualTo("0.00");
    assertThat(decision.notes()).containsExactly(
        "第9条：1-2月工业用电同比增量为14999千瓦时，未达到15000千瓦时", "第9条：已获省、市用电奖励的可叠加享受，不予扣除");
  }

  @Test
  void q1GrowthOfExactly105PercentIsEligible() {
    Decision decision = ElectricityRule.evaluate(q1(100_000, 105_000), INDUSTRIAL_ABOVE_SIZE, POLICY);

    assertThat(decision.eligible()).isTrue();
    assertThat(decision.awardAmount()).isEqualTo("1000.00");
    assertThat(decision.notes()).contains("第9条：一季度奖励在批准入账时扣除本企业已获1-2月用电奖励");
  }

  @Test
  void q1GrowthJustBelow105PercentIsNot() {
    Decision decision = ElectricityRule.evaluate(q1(100_000, 104_999), INDUSTRIAL_ABOVE_SIZE, POLICY);

    assertThat(decision.eligible()).isFalse();
    assertThat(decision.notes()).first().isEqualTo("第9条：一季度工业用电104999千瓦时，未达到上年同期100000千瓦时的105%");
  }

  @Test
  void withoutElectricityIn2023TheWholeQ1ConsumptionIsTheIncrement() {
    Decision decision = ElectricityRule.evaluate(new ElectricityFiling(ElectricityPeriod.Q1, 0, 0, 10_000, 10_000, 0L, 10_000L),
        INDUSTRIAL_ABOVE_SIZE, POLICY);

    assertThat(decision.eligible()).isTrue();
    assertThat(decision.awardAmount()).isEqualTo("6000.00");
    assertThat(decision.notes()).contains("第9条：2023年同期工业用电量为0：视为同比增长达标，增量按本期全部用电量30000千瓦时计");
  }

  @Test
  void withoutElectricityIn2023JanFebIsReadTheSameWay() {
    Decision decision = ElectricityRule.evaluate(new ElectricityFiling(ElectricityPeriod.JAN_FEB, 0, 0, 10_000, 5_000, null, null),
        INDUSTRIAL_ABOVE_SIZE, POLICY);

    assertThat(decision.eligible()).isTrue();
    assertThat(decision.awardAmount()).isEqualTo("3000.00");
    assertThat(decision.notes()).contains("第9条：2023年同期工业用电量为0：视为同比增长达标，增量按本期全部用电量15000千瓦时计");
  }

  @Test
  void noConsumptionInEitherYearIsNoIncrement() {
    Decision decision = ElectricityRule.evaluate(new ElectricityFiling(ElectricityPeriod.Q1, 0, 0, 0, 0, 0L, 0L),
        INDUSTRIAL_ABOVE_SIZE, POLICY);

    assertThat(decision.eligible()).isFalse();
    assertThat(decision.notes()).contains("第9条：一季度工业用电量为0，没有增量");
  }

  @Test
  void onlyAboveSizeIndustrialEnterprisesQualify() {
    Decision decision = ElectricityRule.evaluate(janFeb(0, 0, 100_000, 0), EnterpriseKind.INDUSTRIAL_BELOW_SIZE, POLICY);

    assertThat(decision.eligible()).isFalse();
    assertThat(decision.notes()).first().isEqualTo("第9条：仅限规模以上工业企业，本企业登记为规模以下工业企业");
  }

  @Test
  void q1AwardDeductsTheJanFebAwardAlreadyApproved() {
    Decision gross = ElectricityRule.evaluate(q1(1_000_000, 1_200_000), INDUSTRIAL_ABOVE_SIZE, POLICY);
    assertThat(gross.awardAmount()).isEqualTo("40000.00");

    Decision settled = ElectricityRule.settle(q1(1_000_000, 1_200_000), gross, POLICY,
        history(new BigDecimal("30000.00")));

    assertThat(settled.awardAmount()).isEqualTo("10000.00");
    assertThat(settled.notes()).last().isEqualTo("第9条：扣除本企业已获1-2月用电奖励30,000.00 元，本次核定为10,000.00 元");
  }

  @Test
  void deductionNeverGoesBelowZero() {
    Decision gross = ElectricityRule.evaluate(janFeb(0, 0, 50_000, 50_000), INDUSTRIAL_ABOVE_SIZE, POLICY);

    Decision settled = ElectricityRule.settle(janFeb(0, 0, 50_000, 50_000), gross, POLICY, history(new BigDecimal("25000.00")));

    assertThat(gross.awardAmount()).isEqualTo("20000.00");
    assertThat(settled.awardAmount()).isEqualTo("0.00");
    assertThat(settled.notes()).last().isEqualTo("第9条：扣除本企业已获一季度用电奖励25,000.00 元，本次核定为0.00 元");
  }

  private static AwardHistory history(BigDecimal amount) {
    return () -> List.of(new AwardHistory.PastAward("X:OTHER", amount));
  }
}
