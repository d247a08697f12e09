package cn.gov.qztb.subsidy.program.gas;

import cn.gov.qztb.subsidy.program.Decision;
import cn.gov.qztb.subsidy.program.FilingReader;
import cn.gov.qztb.subsidy.program.SubsidyProgram;
import cn.gov.qztb.subsidy.reference.Enterprise;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** 用气价格优惠 (clause 33): one application per enterprise; the ledger holds the cap across all of them. */
@Component
public class GasProgram implements SubsidyProgram<GasFiling, GasPolicy> {

  static final long MAX_M3 = 1_000_000_000_000L;

  @Override
  public String key() {
    return "gasPriceDiscount";
  }

  @Override
  public String numberPrefix() {
    return "GAS";
  }

  @Override
  public Class<GasFiling> filingType() {
    return GasFiling.class;
  }

  @Override
  public Class<GasPolicy> policyType() {
    return GasPolicy.class;
  }

  @Override
  public GasFiling readFiling(FilingReader in, GasPolicy policy, Enterprise enterprise, LocalDate today) {
    Boolean tariff = in.flag("onCityNonResidentialTariff", "执行全市非居民管道燃气价格");
    Long jan = in.count("gasM3Jan2024", "2024年1月用气量（立方米）", MAX_M3);
    Long feb = in.count("gasM3Feb2024", "2024年2月用气量（立方米）", MAX_M3);
    return in.hasProblems() ? null : new GasFiling(tariff, jan, feb);
  }

  @Override
  public String subjectKey(GasFiling filing, Enterprise enterprise) {
    return enterprise.getCreditCode();
  }

  @Override
  public String subjectLabel(GasFiling filing) {
    return "用气价格优惠（每家企业一份申请）";
  }

  @Override
  public Decision evaluate(GasFiling filing, Enterprise enterprise, GasPolicy policy) {
    return GasRule.evaluate(filing, policy);
  }

  @Override
  public List<String> describe(GasFiling filing, GasPolicy policy) {
    return List.of(
        "执行全市非居民管道燃气价格：" + (filing.onCityNonResidentialTariff() ? "是" : "否"),
        "2024年1月用气：" + filing.gasM3Jan2024() + "立方米",
        "2024年2月用气：" + filing.gasM3Feb2024() + "立方米",
        "合计：" + filing.total() + "立方米（" + policy.days() + "天）");
  }
}
