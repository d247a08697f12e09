package cn.gov.qztb.subsidy.program.ipo;

import cn.gov.qztb.subsidy.program.Decision;
import cn.gov.qztb.subsidy.program.Notes;

/**
 * Clause 5 (推动企业上市融资): a stage reached within the edition's window earns that stage's
 * amount from the policy file, whose source the note names because the clause itself names none.
 */
public final class IpoRule {

  private IpoRule() {}

  public static Decision evaluate(IpoFiling filing, IpoPolicy policy) {
    Notes notes = new Notes(policy.clause());
    if (filing.stageDate().isBefore(policy.stageDateFrom()) || filing.stageDate().isAfter(policy.stageDateTo())) {
      notes.unmet(filing.stage().label() + "日期" + filing.stageDate() + "不在" + policy.stageDateFrom() + "至"
          + policy.stageDateTo() + "期间");
    }
    notes.remark("条款未规定奖补金额：" + filing.stage().label() + "阶段金额为区级政策参数，由" + policy.year()
        + "年版政策文件设定（参照：" + policy.amountSource() + "）");
    return notes.decide(policy.stageAmounts().get(filing.stage()));
  }
}
