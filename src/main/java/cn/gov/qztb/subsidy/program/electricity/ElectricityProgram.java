package cn.gov.qztb.subsidy.program.electricity;

import cn.gov.qztb.subsidy.reference.HolderRecord;
import cn.gov.qztb.subsidy.reference.HolderFacts;
import cn.gov.qztb.subsidy.reference.Dataset;
import cn.gov.qztb.subsidy.program.HolderReads;
import cn.gov.qztb.subsidy.program.DataFiling;
import cn.gov.qztb.subsidy.program.AwardHistory;
import cn.gov.qztb.subsidy.program.Decision;
import cn.gov.qztb.subsidy.program.FieldRules;
import cn.gov.qztb.subsidy.program.FilingField;
import cn.gov.qztb.subsidy.program.FilingReader;
import cn.gov.qztb.subsidy.program.SubsidyProgram;
import cn.gov.qztb.subsidy.reference.Enterprise;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** 用电增量奖励 (clause 9): one award per enterprise and period, both together capped per enterprise. */
@Component
public class ElectricityProgram implements SubsidyProgram<ElectricityFiling, ElectricityPolicy> {

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

  /** January–February is over on the last day of February; the first quarter opens later, by its own date. */
  @Override
  public LocalDate measuredUntil(ElectricityPolicy policy) {
    return YearMonth.of(policy.year(), 2).atEndOfMonth();
  }

  @Override
  public List<String> editionProblems(ElectricityPolicy policy) {
    List<String> problems = new ArrayList<>(SubsidyProgram.super.editionProblems(policy));
    LocalDate quarterEnd = YearMonth.of(policy.year(), 3).atEndOfMonth();
    if (!policy.q1FilingOpens().isAfter(quarterEnd)) {
      problems.add(policy.title() + "：一季度奖励的受理开始日q1FilingOpens（" + policy.q1FilingOpens() + "）应晚于一季度末"
          + quarterEnd);
    }
    return problems;
  }

  @Override
  public void check(ElectricityFiling filing, FilingReader in, ElectricityPolicy policy, Enterprise enterprise,
      LocalDate today) {
    in.require(filing.period() != ElectricityPeriod.Q1 || !today.isBefore(policy.q1FilingOpens()), "period", "申报期间",
        "：一季度用电增量奖励自" + policy.q1FilingOpens() + "起受理（一季度结束后），今日（" + today + "）尚未开始");
  }

  /**
   * The first quarter's January and February must be the figures of the approved January–February
   * application, and the other way round: the same months cannot be counted twice with different
   * numbers.
   */
  @Override
  public void checkAgainstApproved(ElectricityFiling filing, FilingReader in, ElectricityPolicy policy,
      List<ElectricityFiling> approved) {
    FieldRules rules = rules(policy);
    Map<String, FilingField> fields = FilingField.of(ElectricityFiling.class).stream()
        .collect(Collectors.toMap(FilingField::key, f -> f));
    for (ElectricityFiling other : approved) {
      if (other.period() == filing.period()) {
        continue;
      }
      String label = other.period().label();
      same(in, rules, fields.get("kwhJan2023"), filing.kwhJan2023(), other.kwhJan2023(), label);
      same(in, rules, fields.get("kwhFeb2023"), filing.kwhFeb2023(), other.kwhFeb2023(), label);
      same(in, rules, fields.get("kwhJan2024"), filing.kwhJan2024(), other.kwhJan2024(), label);
      same(in, rules, fields.get("kwhFeb2024"), filing.kwhFeb2024(), other.kwhFeb2024(), label);
    }
  }

  private static void same(FilingReader in, FieldRules rules, FilingField field, long filed, long approved,
      String otherPeriod) {
    in.require(filed == approved, field.key(), rules.label(field), "：本次填写" + filed + "千瓦时，与本企业已批准的"
        + otherPeriod + "用电增量奖励申请所填" + approved + "千瓦时不一致。同一月份在两次申请中须使用相同数据");
  }

  /** 免申即享 from 惠安供电公司's monthly industrial consumption: January–February, and the quarter once March is in. */
  @Override
  public List<DataFiling<ElectricityFiling>> fromData(Enterprise enterprise, ElectricityPolicy policy, HolderFacts data) {
    int year = policy.year();
    List<HolderRecord> janFeb = HolderReads.months(data, Dataset.ELECTRICITY, enterprise.getCreditCode(),
        YearMonth.of(year - 1, 1), YearMonth.of(year - 1, 2), YearMonth.of(year, 1), YearMonth.of(year, 2));
    if (janFeb == null) {
      return List.of();
    }
    List<DataFiling<ElectricityFiling>> made = new ArrayList<>();
    made.add(new DataFiling<>(new ElectricityFiling(ElectricityPeriod.JAN_FEB, kwh(janFeb, 0), kwh(janFeb, 1),
        kwh(janFeb, 2), kwh(janFeb, 3), null, null), janFeb));
    List<HolderRecord> march = HolderReads.months(data, Dataset.ELECTRICITY, enterprise.getCreditCode(),
        YearMonth.of(year - 1, 3), YearMonth.of(year, 3));
    if (march != null) {
      List<HolderRecord> quarter = new ArrayList<>(janFeb);
      quarter.addAll(march);
      made.add(new DataFiling<>(new ElectricityFiling(ElectricityPeriod.Q1, kwh(janFeb, 0), kwh(janFeb, 1),
          kwh(janFeb, 2), kwh(janFeb, 3), kwh(march, 0), kwh(march, 1)), quarter));
    }
    return made;
  }

  private static long kwh(List<HolderRecord> months, int index) {
    return months.get(index).count("kwh");
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
  public List<String> summary(ElectricityFiling filing, ElectricityPolicy policy) {
    return List.of("同比增量：" + filing.increment() + "千瓦时");
  }

}
