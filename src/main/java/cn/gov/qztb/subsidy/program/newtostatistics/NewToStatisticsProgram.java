package cn.gov.qztb.subsidy.program.newtostatistics;

import cn.gov.qztb.subsidy.program.Decision;
import cn.gov.qztb.subsidy.program.FilingReader;
import cn.gov.qztb.subsidy.program.SubsidyProgram;
import cn.gov.qztb.subsidy.reference.Enterprise;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** 升规纳统奖励 (clause 2): one award per enterprise. */
@Component
public class NewToStatisticsProgram implements SubsidyProgram<NewToStatisticsFiling, NewToStatisticsPolicy> {

  static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

  @Override
  public String key() {
    return "newToStatisticsReward";
  }

  @Override
  public String numberPrefix() {
    return "NTS";
  }

  @Override
  public Class<NewToStatisticsFiling> filingType() {
    return NewToStatisticsFiling.class;
  }

  @Override
  public Class<NewToStatisticsPolicy> policyType() {
    return NewToStatisticsPolicy.class;
  }

  @Override
  public NewToStatisticsFiling readFiling(FilingReader in, NewToStatisticsPolicy policy, Enterprise enterprise, LocalDate today) {
    StatisticsCategory category = in.choice("category", "纳统类别", StatisticsCategory.class, StatisticsCategory::label);
    YearMonth month = in.month("inclusionMonth", "纳统月份", YearMonth.from(EARLIEST), YearMonth.from(today));
    LocalDate production = category == StatisticsCategory.INDUSTRIAL
        ? in.date("productionStartDate", "投产日期", EARLIEST, today)
        : null;
    return in.hasProblems() ? null : new NewToStatisticsFiling(category, month, production);
  }

  @Override
  public String subjectKey(NewToStatisticsFiling filing, Enterprise enterprise) {
    return enterprise.getCreditCode();
  }

  @Override
  public String subjectLabel(NewToStatisticsFiling filing) {
    return "升规纳统奖励（每家企业一次）";
  }

  @Override
  public Decision evaluate(NewToStatisticsFiling filing, Enterprise enterprise, NewToStatisticsPolicy policy) {
    return NewToStatisticsRule.evaluate(filing, enterprise.getKind(), policy);
  }

  @Override
  public List<String> describe(NewToStatisticsFiling filing, NewToStatisticsPolicy policy) {
    List<String> lines = new ArrayList<>();
    lines.add("纳统类别：" + filing.category().label());
    lines.add("纳统月份：" + filing.inclusionMonth());
    if (filing.productionStartDate() != null) {
      lines.add("投产日期：" + filing.productionStartDate());
    }
    return lines;
  }
}
