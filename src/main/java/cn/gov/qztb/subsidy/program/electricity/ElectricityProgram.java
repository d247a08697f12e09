package cn.gov.qztb.subsidy.program.electricity;

import cn.gov.qztb.subsidy.program.AwardHistory;
import cn.gov.qztb.subsidy.program.Decision;
import cn.gov.qztb.subsidy.program.FilingReader;
import cn.gov.qztb.subsidy.program.SubsidyProgram;
import cn.gov.qztb.subsidy.reference.Enterprise;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** 用电增量奖励 (clause 9): one award per enterprise and period, both together capped per enterprise. */
@Component
public class ElectricityProgram implements SubsidyProgram<ElectricityFiling, ElectricityPolicy> {

  static final long MAX_KWH = 1_000_000_000_000L;

  @Override
  public String key() {
    return "electricityIncrementReward";
  }

  @Override
  public String numberPrefix() {
    return "ELE";
  }

  @Override
  public Class<ElectricityFiling> filingType() {
    return ElectricityFiling.class;
  }

  @Override
  public Class<ElectricityPolicy> policyType() {
    return ElectricityPolicy.class;
  }

  @Override
  public ElectricityFiling readFiling(FilingReader in, ElectricityPolicy policy, Enterprise enterprise, LocalDate today) {
    ElectricityPeriod period = in.choice("period", "申报期间", ElectricityPeriod.class, ElectricityPeriod::label);
    Long jan23 = in.count("kwhJan2023", "2023年1月工业用电量（千瓦时）", MAX_KWH);
    Long feb23 = in.count("kwhFeb2023", "2023年2月工业用电量（千瓦时）", MAX_KWH);
    Long jan24 = in.count("kwhJan2024", "2024年1月工业用电量（千瓦时）", MAX_KWH);
    Long feb24 = in.count("kwhFeb2024", "2024年2月工业用电量（千瓦时）", MAX_KWH);
    Long mar23 = null;
    Long mar24 = null;
    if (period == ElectricityPeriod.Q1) {
      mar23 = in.count("kwhMar2023", "2023年3月工业用电量（千瓦时）", MAX_KWH);
      mar24 = in.count("kwhMar2024", "2024年3月工业用电量（千瓦时）", MAX_KWH);
    }
    return in.hasProblems() ? null : new ElectricityFiling(period, jan23, feb23, jan24, feb24, mar23, mar24);
  }

  @Override
  public String subjectKey(ElectricityFiling filing, Enterprise enterprise) {
    return enterprise.getCreditCode() + ":" + filing.period().name();
  }

  @Override
  public String subjectLabel(ElectricityFiling filing) {
    return filing.period().label() + "用电增量奖励";
  }

  @Override
  public Decision evaluate(ElectricityFiling filing, Enterprise enterprise, ElectricityPolicy policy) {
    return ElectricityRule.evaluate(filing, enterprise.getKind(), policy);
  }

  @Override
  public Decision settle(ElectricityFiling filing, Decision decision, ElectricityPolicy policy, AwardHistory awards) {
    return ElectricityRule.settle(filing, decision, policy, awards);
  }

  @Override
  public List<String> describe(ElectricityFiling filing, ElectricityPolicy policy) {
    List<String> lines = new ArrayList<>();
    lines.add("申报期间：" + filing.period().label());
    lines.add("2023年1月、2月工业用电：" + filing.kwhJan2023() + "、" + filing.kwhFeb2023() + "千瓦时");
    lines.add("2024年1月、2月工业用电：" + filing.kwhJan2024() + "、" + filing.kwhFeb2024() + "千瓦时");
    if (filing.period() == ElectricityPeriod.Q1) {
      lines.add("2023年3月、2024年3月工业用电：" + filing.kwhMar2023() + "、" + filing.kwhMar2024() + "千瓦时");
    }
    lines.add("同比增量：" + filing.increment() + "千瓦时");
    return lines;
  }
}
