package cn.gov.qztb.subsidy.program.exhibition;

import cn.gov.qztb.subsidy.program.Decision;
import cn.gov.qztb.subsidy.program.Money;
import cn.gov.qztb.subsidy.program.Notes;
import java.math.BigDecimal;
import java.util.List;

/**
 * Clause 24: 对有自营出口业绩的企业参加境外线下展会的，按每个展位予以综合费用补助1.5万元；赴境外
 * 参展且在赴境外前到区商务部门报备的，2023年度出口额100万美元以下（含）补助一位、以上补助两位商务
 * 活动人员国际段往返经济舱机票实际支出费用的90%. Airfare is for travelling abroad to exhibit, so
 * an online exhibition gets neither part; a report on the departure day itself counts as before
 * departure. The award is the booth part plus the airfare part (largest fares first), rounded
 * half-up to the fen once, at the end.
 */
public final class ExhibitionRule {

  private ExhibitionRule() {}

  public static Decision evaluate(ExhibitionFiling filing, ExhibitionPolicy policy) {
    Notes notes = new Notes(policy.clause());
    BigDecimal booth = boothPart(filing, policy, notes);
    BigDecimal airfare = airfarePart(filing, policy, notes);
    BigDecimal total = booth.add(airfare);
    if (total.signum() == 0) {
      notes.unmet("展位补助与机票补助均不符合条件");
    }
    return notes.decide(total);
  }

  private static BigDecimal boothPart(ExhibitionFiling filing, ExhibitionPolicy policy, Notes notes) {
    if (!filing.offline()) {
      notes.remark("非境外线下展会，不予展位补助");
      return BigDecimal.ZERO;
    }
    if (!filing.hasSelfOperatedExports()) {
      notes.remark("企业无自营出口业绩，不予展位补助");
      return BigDecimal.ZERO;
    }
    BigDecimal part = policy.perBooth().multiply(BigDecimal.valueOf(filing.booths()));
    notes.remark("展位补助：" + filing.booths() + "个展位×" + Money.display(policy.perBooth()) + "＝" + Money.display(part));
    return part;
  }

  private static BigDecimal airfarePart(ExhibitionFiling filing, ExhibitionPolicy policy, Notes notes) {
    if (!filing.offline()) {
      notes.remark("线上展会无需赴境外参展，不予机票补助（机票补助限赴境外参展）");
      return BigDecimal.ZERO;
    }
    if (filing.reportedDate() == null || filing.reportedDate().isAfter(filing.departureDate())) {
      notes.remark("未在赴境外前（出境日期" + filing.departureDate() + "）到区商务部门报备，不予机票补助");
      return BigDecimal.ZERO;
    }
    notes.remark("已于" + filing.reportedDate() + "到区商务部门报备，不晚于出境日期" + filing.departureDate()
        + "，符合“在赴境外前到区商务部门报备”");
    boolean upToThreshold = filing.exports2023Usd().compareTo(policy.exportThresholdUsd()) <= 0;
    int persons = upToThreshold ? policy.personsUpToThreshold() : policy.personsAboveThreshold();
    List<BigDecimal> fares = filing.faresLargestFirst();
    List<BigDecimal> covered = fares.subList(0, Math.min(persons, fares.size()));
    BigDecimal sum = covered.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal part = sum.multiply(BigDecimal.valueOf(policy.airfareSharePercent())).movePointLeft(2);
    notes.remark((policy.year() - 1) + "年出口额" + filing.exports2023Usd().toPlainString() + "美元，" + (upToThreshold ? "不超过" : "超过")
        + policy.exportThresholdUsd().toPlainString() + "美元，补助" + persons + "人机票；按" + covered.size()
        + "张机票合计" + Money.display(sum) + "的" + policy.airfareSharePercent() + "%计" + part.stripTrailingZeros().toPlainString() + "元");
    return part;
  }
}
