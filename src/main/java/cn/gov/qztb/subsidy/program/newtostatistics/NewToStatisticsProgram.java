package cn.gov.qztb.subsidy.program.newtostatistics;

import java.util.ArrayList;
import java.util.List;
import cn.gov.qztb.subsidy.reference.HolderRecord;
import cn.gov.qztb.subsidy.reference.HolderFacts;
import cn.gov.qztb.subsidy.reference.Dataset;
import cn.gov.qztb.subsidy.program.HolderReads;
import cn.gov.qztb.subsidy.program.DataFiling;
import cn.gov.qztb.subsidy.program.Decision;
import cn.gov.qztb.subsidy.program.FilingReader;
import cn.gov.qztb.subsidy.program.SubsidyProgram;
import cn.gov.qztb.subsidy.reference.Enterprise;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.stereotype.Component;

/** 升规纳统奖励 (clause 2): one award per enterprise. */
@Component
public class NewToStatisticsProgram implements SubsidyProgram<NewToStatisticsFiling, NewToStatisticsPolicy> {

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

  /** Production cannot start after the month the enterprise was counted in statistics for it. */
  @Override
  public void check(NewToStatisticsFiling filing, FilingReader in, NewToStatisticsPolicy policy, Enterprise enterprise,
      LocalDate today) {
    LocalDate start = filing.productionStartDate();
    in.require(start == null || !YearMonth.from(start).isAfter(filing.inclusionMonth()), "productionStartDate", "投产日期",
        "（" + start + "）晚于纳统月份（" + filing.inclusionMonth() + "），不可能先纳统后投产，请核对");
  }

  /** Filing opens once the last inclusion month of the edition is over. */
  @Override
  public LocalDate measuredUntil(NewToStatisticsPolicy policy) {
    return policy.lastMonth().atEndOfMonth();
  }

  /** 免申即享 from 区科技经济发展局's list of newly included enterprises. */
  @Override
  public List<DataFiling<NewToStatisticsFiling>> fromData(Enterprise enterprise, NewToStatisticsPolicy policy,
      HolderFacts data) {
    return data.find(Dataset.STATISTICS_INCLUSION, enterprise.getCreditCode(), "")
        .flatMap(record -> StatisticsCategory.ofDataset(record.value("category"))
            .filter(category -> category != StatisticsCategory.INDUSTRIAL || record.value("productionDate") != null)
            .map(category -> new DataFiling<>(new NewToStatisticsFiling(category, YearMonth.parse(record.value("month")),
                category == StatisticsCategory.INDUSTRIAL ? LocalDate.parse(record.value("productionDate")) : null),
                List.of(record))))
        .map(List::of)
        .orElse(List.of());
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

}
