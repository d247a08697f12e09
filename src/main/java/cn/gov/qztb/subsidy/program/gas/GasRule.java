package cn.gov.qztb.subsidy.program.gas;

import cn.gov.qztb.subsidy.program.Decision;
import cn.gov.qztb.subsidy.program.EnterpriseCap;
import cn.gov.qztb.subsidy.program.Money;
import cn.gov.qztb.subsidy.program.Notes;
import java.math.BigDecimal;

/**
 * Clause 33: 2024年1月1日起至2月29日期间…优惠期间日均用气量达到4000方及以上的用气大户，其终端气价
 * 在现行价格基础上给予优惠0.10元/方，单个企业享受优惠金额累计不超过100万元（未执行全市非居民用户
 * 管道燃气终端销售价格的用户，不在优惠范围之内）. The day count comes from the window's dates.
 */
public final class GasRule {

  private GasRule() {}

  public static Decision evaluate(GasFiling filing, GasPolicy policy) {
    Notes notes = new Notes(policy.clause());
    if (!filing.onCityNonResidentialTariff()) {
      notes.unmet("未执行全市非居民用户管道燃气终端销售价格，不在优惠范围");
    }
    long total = filing.total();
    if (total < policy.minTotalM3()) {
      notes.unmet(policy.windowStart() + "至" + policy.windowEnd() + "共" + policy.days() + "天用气" + total + "立方米，未达到日均"
          + policy.minDailyAverageM3() + "立方米（合计" + policy.minTotalM3() + "立方米）");
    }
    BigDecimal amount = policy.discountPerM3().multiply(BigDecimal.valueOf(total));
    if (notes.allMet()) {
      notes.remark("按" + total + "立方米×" + policy.discountPerM3().toPlainString() + "元计" + Money.display(amount));
    }
    return EnterpriseCap.apply(notes.decide(amount), policy.enterpriseCap(), BigDecimal.ZERO, policy.clause());
  }
}
