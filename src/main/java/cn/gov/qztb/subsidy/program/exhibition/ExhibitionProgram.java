package cn.gov.qztb.subsidy.program.exhibition;

import cn.gov.qztb.subsidy.program.Decision;
import cn.gov.qztb.subsidy.program.FieldRules;
import cn.gov.qztb.subsidy.program.FilingReader;
import cn.gov.qztb.subsidy.program.SubsidyProgram;
import cn.gov.qztb.subsidy.reference.Enterprise;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** 境外展会补助 (clause 24): one application per enterprise and exhibition (name and start date). */
@Component
public class ExhibitionProgram implements SubsidyProgram<ExhibitionFiling, ExhibitionPolicy> {

  /** How long before the exhibition window a trip may start or be reported. */
  static final int LEAD_DAYS = 180;

  /** Longer than any trade fair runs: a longer span is a typing error. */
  static final int MAX_EXHIBITION_DAYS = 31;

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

  /** Exhibitions of the edition's year; departure and the report may come some months before. */
  @Override
  public FieldRules fieldRules(ExhibitionPolicy policy) {
    LocalDate earliest = policy.exhibitionDateFrom().minusDays(LEAD_DAYS);
    return FieldRules.none()
        .dates("exhibitionStartDate", policy.exhibitionDateFrom(), policy.exhibitionDateTo())
        .dates("exhibitionEndDate", policy.exhibitionDateFrom(), null)
        .dates("departureDate", earliest, policy.exhibitionDateTo())
        .dates("reportedDate", earliest, null);
  }

  @Override
  public void check(ExhibitionFiling filing, FilingReader in, ExhibitionPolicy policy, Enterprise enterprise,
      LocalDate today) {
    in.require(filing.airfare1() != null || filing.airfare2() == null, "airfare1", "第一位人员往返经济舱机票（元）",
        "请先填写第一位人员的机票");
    in.require(!filing.exhibitionEndDate().isBefore(filing.exhibitionStartDate()), "exhibitionEndDate", "展会闭幕日期",
        "（" + filing.exhibitionEndDate() + "）早于开幕日期（" + filing.exhibitionStartDate() + "）");
    in.require(!filing.exhibitionEndDate().isAfter(filing.exhibitionStartDate().plusDays(MAX_EXHIBITION_DAYS)),
        "exhibitionEndDate", "展会闭幕日期", "与开幕日期相隔超过" + MAX_EXHIBITION_DAYS + "天，请核对");
    in.require(!filing.departureDate().isAfter(filing.exhibitionEndDate()), "departureDate", "出境日期",
        "（" + filing.departureDate() + "）晚于展会闭幕日期（" + filing.exhibitionEndDate() + "），请核对");
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
}
