package cn.gov.qztb.subsidy.program.gas;

import java.util.ArrayList;
import java.time.YearMonth;
import cn.gov.qztb.subsidy.reference.HolderRecord;
import cn.gov.qztb.subsidy.reference.HolderFacts;
import cn.gov.qztb.subsidy.reference.Dataset;
import cn.gov.qztb.subsidy.program.HolderReads;
import cn.gov.qztb.subsidy.program.DataFiling;
import cn.gov.qztb.subsidy.program.Decision;
import cn.gov.qztb.subsidy.program.SubsidyProgram;
import cn.gov.qztb.subsidy.reference.Enterprise;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** 用气价格优惠 (clause 33): one application per enterprise; the ledger holds the cap across all of them. */
@Component
public class GasProgram implements SubsidyProgram<GasFiling, GasPolicy> {

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

  /** Filing opens after the discount window (January and February). */
  @Override
  public LocalDate measuredUntil(GasPolicy policy) {
    return policy.windowEnd();
  }

  /** 免申即享 from the gas company's monthly volumes and tariff. */
  @Override
  public List<DataFiling<GasFiling>> fromData(Enterprise enterprise, GasPolicy policy, HolderFacts data) {
    List<HolderRecord> months = HolderReads.months(data, Dataset.GAS, enterprise.getCreditCode(),
        YearMonth.of(policy.year(), 1), YearMonth.of(policy.year(), 2));
    if (months == null) {
      return List.of();
    }
    boolean cityTariff = months.stream().allMatch(month -> "是".equals(month.value("cityTariff")));
    return List.of(new DataFiling<>(new GasFiling(cityTariff, months.get(0).count("m3"), months.get(1).count("m3")),
        months));
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
  public List<String> summary(GasFiling filing, GasPolicy policy) {
    return List.of("合计：" + filing.total() + "立方米（" + policy.days() + "天）");
  }
}
