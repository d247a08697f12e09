package cn.gov.qztb.subsidy.program.exhibition;

import cn.gov.qztb.subsidy.program.Decision;
import cn.gov.qztb.subsidy.program.FilingReader;
import cn.gov.qztb.subsidy.program.Money;
import cn.gov.qztb.subsidy.program.SubsidyProgram;
import cn.gov.qztb.subsidy.reference.Enterprise;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** 境外展会补助 (clause 24): one application per enterprise and exhibition (name and start date). */
@Component
public class ExhibitionProgram implements SubsidyProgram<ExhibitionFiling, ExhibitionPolicy> {

  static final long MAX_BOOTHS = 1_000;
  static final BigDecimal MAX_EXPORTS_USD = new BigDecimal("1000000000000");
  static final BigDecimal MAX_FARE = new BigDecimal("1000000");
  /** How long before the exhibition window a trip may start or be reported. */
  static final int LEAD_DAYS = 180;

  @Override
  public String key() {
    return "exhibitionSubsidy";
  }

  @Override
  public String numberPrefix() {
    return "EXH";
  }

  @Override
  public Class<ExhibitionFiling> filingType() {
    return ExhibitionFiling.class;
  }

  @Override
  public Class<ExhibitionPolicy> policyType() {
    return ExhibitionPolicy.class;
  }

  @Override
  public ExhibitionFiling readFiling(FilingReader in, ExhibitionPolicy policy, Enterprise enterprise, LocalDate today) {
    LocalDate earliest = policy.exhibitionDateFrom().minusDays(LEAD_DAYS);
    String name = in.text("exhibitionName", "展会名称", 128);
    String country = in.text("exhibitionCountry", "举办国家（地区）", 64);
    LocalDate start = in.date("exhibitionStartDate", "展会开幕日期", policy.exhibitionDateFrom(), policy.exhibitionDateTo());
    Boolean offline = in.flag("offline", "境外线下展会");
    Long booths = in.count("booths", "展位数（个）", MAX_BOOTHS);
    Boolean exporter = in.flag("hasSelfOperatedExports", "有自营出口业绩");
    BigDecimal exports = in.money("exports2023Usd", "2023年度出口额（美元）", MAX_EXPORTS_USD);
    LocalDate departure = in.date("departureDate", "出境日期", earliest, policy.exhibitionDateTo());
    LocalDate reported = in.optionalDate("reportedDate", "向区商务部门报备日期", earliest, today);
    BigDecimal fare1 = in.optionalMoney("airfare1", "第一位人员往返经济舱机票（元）", MAX_FARE);
    BigDecimal fare2 = in.optionalMoney("airfare2", "第二位人员往返经济舱机票（元）", MAX_FARE);
    in.require(fare1 != null || fare2 == null, "airfare1", "第一位人员往返经济舱机票（元）", "请先填写第一位人员的机票");
    return in.hasProblems() ? null : new ExhibitionFiling(name, country, start, offline, booths, exporter, exports,
        departure, reported, fare1, fare2);
  }

  @Override
  public String subjectKey(ExhibitionFiling filing, Enterprise enterprise) {
    String name = filing.exhibitionName().replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    return enterprise.getCreditCode() + ":" + name + ":" + filing.exhibitionStartDate();
  }

  @Override
  public String subjectLabel(ExhibitionFiling filing) {
    return "展会“" + filing.exhibitionName() + "”（" + filing.exhibitionStartDate() + "开幕）";
  }

  @Override
  public Decision evaluate(ExhibitionFiling filing, Enterprise enterprise, ExhibitionPolicy policy) {
    return ExhibitionRule.evaluate(filing, policy);
  }

  @Override
  public List<String> describe(ExhibitionFiling filing, ExhibitionPolicy policy) {
    List<String> lines = new ArrayList<>();
    lines.add("展会：" + filing.exhibitionName() + "（" + filing.exhibitionCountry() + "，" + filing.exhibitionStartDate() + "开幕）");
    lines.add("境外线下展会：" + (filing.offline() ? "是" : "否") + "；展位数：" + filing.booths() + "个");
    lines.add("有自营出口业绩：" + (filing.hasSelfOperatedExports() ? "是" : "否") + "；2023年度出口额："
        + filing.exports2023Usd().toPlainString() + "美元");
    lines.add("出境日期：" + filing.departureDate() + "；报备日期：" + (filing.reportedDate() == null ? "未报备" : filing.reportedDate()));
    lines.add("机票：" + (filing.airfare1() == null ? "无" : Money.format(filing.airfare1()) + "元")
        + (filing.airfare2() == null ? "" : "、" + Money.format(filing.airfare2()) + "元"));
    return lines;
  }
}
