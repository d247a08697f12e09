package cn.gov.qztb.subsidy.program.newtostatistics;

import cn.gov.qztb.subsidy.program.Decision;
import cn.gov.qztb.subsidy.program.Notes;
import cn.gov.qztb.subsidy.reference.EnterpriseKind;

/**
 * Clause 2: 给予一季度新投产纳统的规模以上工业企业每家30万元一次性奖励，给予一季度月度新增的限额以上
 * 批发零售业、限额以上住宿餐饮业、服务业企业每家20万元一次性奖励. The category must agree with
 * what the enterprise registry says the enterprise is; the months come from the edition.
 */
public final class NewToStatisticsRule {

  private NewToStatisticsRule() {}

  public static Decision evaluate(NewToStatisticsFiling filing, EnterpriseKind registered, NewToStatisticsPolicy policy) {
    Notes notes = new Notes(policy.clause());
    StatisticsCategory category = filing.category();
    if (registered != category.registeredKind()) {
      notes.unmet("申报类别为" + category.label() + "，但企业登记类型为" + registered.label() + "，类别不符");
    }
    if (!policy.covers(filing.inclusionMonth())) {
      notes.unmet("纳统月份" + filing.inclusionMonth() + "不在一季度（" + policy.quarter() + "）");
    }
    if (category == StatisticsCategory.INDUSTRIAL && !policy.covers(filing.productionStartDate())) {
      notes.unmet("投产日期" + filing.productionStartDate() + "不在一季度（" + policy.quarter() + "），不属于一季度新投产");
    }
    return notes.decide(category == StatisticsCategory.INDUSTRIAL ? policy.industrialAmount() : policy.tradeAndServicesAmount());
  }
}
