package cn.gov.qztb.subsidy.program.electricity;

import cn.gov.qztb.subsidy.program.AwardHistory;
import cn.gov.qztb.subsidy.program.Decision;
import cn.gov.qztb.subsidy.program.Money;
import cn.gov.qztb.subsidy.program.Notes;
import cn.gov.qztb.subsidy.reference.EnterpriseKind;
import java.math.BigDecimal;

/**
 * Clause 9: 对1-2月工业用电同比增量1.5万千瓦时及以上的规上工业企业，按增量用电量每千瓦时奖励0.2元；
 * 对一季度工业用电同比增长5%及以上的规模以上工业企业，按增量用电量每千瓦时奖励0.2元（扣除1-2月已获
 * 用电奖励部分），每家企业奖补金额最高不超过50万. Thresholds are integer comparisons; the deduction
 * is made when the award is recorded, from the ledger; the cap is applied by the ledger.
 */
public final class ElectricityRule {

  private ElectricityRule() {}

  public static Decision evaluate(ElectricityFiling filing, EnterpriseKind registered, ElectricityPolicy policy) {
    Notes notes = new Notes(policy.clause());
    if (registered != EnterpriseKind.INDUSTRIAL_ABOVE_SIZE) {
      notes.unmet("仅限规模以上工业企业，本企业登记为" + registered.label());
    }
    long increment = filing.increment();
    if (filing.base() == 0 && filing.current() > 0) {
      // no consumption in the base year: the whole consumption is the increment, in both periods
      notes.remark((policy.year() - 1) + "年同期工业用电量为0：视为同比增长达标，增量按本期全部用电量"
          + filing.current() + "千瓦时计");
    }
    if (filing.period() == ElectricityPeriod.JAN_FEB) {
      if (increment < policy.janFebMinIncrementKwh()) {
        notes.unmet("1-2月工业用电同比增量为" + increment + "千瓦时，未达到" + policy.janFebMinIncrementKwh() + "千瓦时");
      }
    } else {
      long prior = filing.base();
      if (prior > 0 && 100 * filing.current() < (long) policy.q1MinGrowthPercent() * prior) {
        notes.unmet("一季度工业用电" + filing.current() + "千瓦时，未达到上年同期" + prior + "千瓦时的"
            + policy.q1MinGrowthPercent() + "%");
      }
      if (prior == 0 && filing.current() == 0) {
        notes.unmet("一季度工业用电量为0，没有增量");
      }
      notes.remark("一季度奖励在批准入账时扣除本企业已获1-2月用电奖励");
    }
    notes.remark("已获省、市用电奖励的可叠加享受，不予扣除");
    return notes.decide(policy.yuanPerKwh().multiply(BigDecimal.valueOf(Math.max(increment, 0))));
  }

  /**
   * At award time: the other period's award of this enterprise is deducted, so that January and
   * February are never paid twice (for Q1 this is the clause's 扣除1-2月已获用电奖励部分; a
   * January–February award recorded after a Q1 award is deducted the same way), never below zero.
   */
  public static Decision settle(ElectricityFiling filing, Decision decision, ElectricityPolicy policy, AwardHistory awards) {
    if (!decision.eligible()) {
      return decision;
    }
    BigDecimal other = awards.total();
    if (other.signum() == 0) {
      return decision;
    }
    BigDecimal remaining = decision.amount().subtract(other).max(BigDecimal.ZERO);
    String otherPeriod = filing.period() == ElectricityPeriod.Q1 ? "1-2月" : "一季度";
    return decision.adjusted(remaining, "第" + policy.clause() + "条：扣除本企业已获" + otherPeriod + "用电奖励"
        + Money.display(other) + "，本次核定为" + Money.display(remaining));
  }
}
