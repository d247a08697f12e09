package cn.gov.qztb.subsidy.program.ipo;

import cn.gov.qztb.subsidy.program.Decision;
import cn.gov.qztb.subsidy.program.SubsidyProgram;
import cn.gov.qztb.subsidy.reference.Enterprise;
import cn.gov.qztb.subsidy.reference.ListingReserve;
import org.springframework.stereotype.Component;

/** 企业上市扶持 (clause 5): for enterprises on the listing reserve list, one award per enterprise, stage and edition. */
@Component
public class IpoProgram implements SubsidyProgram<IpoFiling, IpoPolicy> {

  private final ListingReserve reserve;

  public IpoProgram(ListingReserve reserve) {
    this.reserve = reserve;
  }

  @Override
  public String key() {
    return "ipoSupport";
  }

  @Override
  public String numberPrefix() {
    return "IPO";
  }

  @Override
  public Class<IpoFiling> filingType() {
    return IpoFiling.class;
  }

  @Override
  public Class<IpoPolicy> policyType() {
    return IpoPolicy.class;
  }

  /** Clause 5 is about the district's listing reserve enterprises (强化重点上市后备企业服务协调). */
  @Override
  public String whyNotAdmitted(Enterprise enterprise, IpoPolicy policy) {
    if (reserve.existsById(enterprise.getCreditCode())) {
      return null;
    }
    return policy.title() + "仅受理区上市后备企业库内企业（第" + policy.clause() + "条：强化重点上市后备企业服务协调）。"
        + enterprise.getName() + "未列入上市后备企业库，如需入库请联系区财政金融与国资局";
  }

  @Override
  public String subjectKey(IpoFiling filing, Enterprise enterprise) {
    return enterprise.getCreditCode() + ":" + filing.stage().name();
  }

  @Override
  public String subjectLabel(IpoFiling filing) {
    return "上市扶持“" + filing.stage().label() + "”阶段";
  }

  @Override
  public Decision evaluate(IpoFiling filing, Enterprise enterprise, IpoPolicy policy) {
    return IpoRule.evaluate(filing, policy);
  }

}
