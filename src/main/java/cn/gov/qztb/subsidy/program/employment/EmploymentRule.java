package cn.gov.qztb.subsidy.program.employment;

import cn.gov.qztb.subsidy.program.Decision;
import cn.gov.qztb.subsidy.program.EnterpriseCap;
import cn.gov.qztb.subsidy.program.Money;
import cn.gov.qztb.subsidy.program.Notes;
import cn.gov.qztb.subsidy.reference.EnterpriseKind;
import java.math.BigDecimal;

/**
 * Clause 31: 对经区工信部门认定，采取措施稳定职工队伍（减员率不高于2022年末全国城镇调查失业率）、
 * 2024年春节当月保持连续生产（2024年2月份用电量不低于2024年1月份的70%）的重点企业（规上工业企业），
 * 以2024年2月份该企业参加失业保险职工人数为基数，按1000元/人的标准进行奖补，每家企业奖补金额最高
 * 不超过20万元，所需资金从就业补助资金中列支. Both tests are exact comparisons, without division.
 */
public final class EmploymentRule {

  private EmploymentRule() {}

  public static Decision evaluate(EmploymentFiling filing, EnterpriseKind registered, EmploymentPolicy policy) {
    Notes notes = new Notes(policy.clause());
    if (registered != EnterpriseKind.INDUSTRIAL_ABOVE_SIZE) {
      notes.unmet("仅限规模以上工业企业，本企业登记为" + registered.label());
    }
    long dec = filing.insuredDec2023();
    long feb = filing.insuredFeb2024();
    if (dec == 0) {
      notes.unmet((policy.year() - 1) + "年末参保职工人数为0，无法计算减员率");
    } else {
      // attrition (dec − feb) / dec ≤ max%  ⇔  (dec − feb) × 100 ≤ max% × dec
      BigDecimal lost = BigDecimal.valueOf(dec - feb).multiply(BigDecimal.valueOf(100));
      if (lost.compareTo(policy.maxAttritionPercent().multiply(BigDecimal.valueOf(dec))) > 0) {
        notes.unmet("减员率为" + (dec - feb) + "/" + dec + "，高于" + policy.attritionBenchmark()
            + policy.maxAttritionPercent().toPlainString() + "%");
      }
    }
    if (filing.kwhJan2024() == 0) {
      notes.unmet(policy.year() + "年1月用电量为0，无法认定春节当月保持连续生产");
    } else if (100 * filing.kwhFeb2024() < (long) policy.minFebToJanElectricityPercent() * filing.kwhJan2024()) {
      notes.unmet(policy.year() + "年2月用电量" + filing.kwhFeb2024() + "千瓦时，低于1月" + filing.kwhJan2024() + "千瓦时的"
          + policy.minFebToJanElectricityPercent() + "%，未保持连续生产");
    }
    if (feb == 0) {
      notes.unmet(policy.year() + "年2月参保职工人数为0，无奖补基数");
    }
    BigDecimal amount = policy.perInsuredEmployee().multiply(BigDecimal.valueOf(feb));
    if (notes.allMet()) {
      notes.remark("按" + feb + "人×" + Money.display(policy.perInsuredEmployee()) + "计" + Money.display(amount));
    }
    notes.remark("所需资金从" + policy.fundingSource() + "中列支");
    return EnterpriseCap.apply(notes.decide(amount), policy.enterpriseCap(), BigDecimal.ZERO, policy.clause());
  }
}
