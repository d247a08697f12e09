package cn.gov.qztb.subsidy.program.exhibition;

import cn.gov.qztb.subsidy.program.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A filing for one exhibition abroad (境外: outside the mainland), once it has closed; the report
 * date and fares are empty when there was none.
 */
public record ExhibitionFiling(
    @Field(label = "展会名称", max = 128) String exhibitionName,
    @Field(label = "举办国家（地区）") Region exhibitionCountry,
    @Field(label = "展会开幕日期") LocalDate exhibitionStartDate,
    @Field(label = "展会闭幕日期", notAfterToday = true) LocalDate exhibitionEndDate,
    @Field(label = "境外线下展会") boolean offline,
    @Field(label = "展位数（个）", max = 1_000) long booths,
    @Field(label = "有自营出口业绩") boolean hasSelfOperatedExports,
    @Field(label = "{Y-1}年度出口额（美元）", maxAmount = "1000000000000") BigDecimal exports2023Usd,
    @Field(label = "出境日期") LocalDate departureDate,
    @Field(label = "向区商务部门报备日期", required = false, notAfterToday = true) LocalDate reportedDate,
    @Field(label = "第一位人员往返经济舱机票（元）", required = false, maxAmount = "1000000") BigDecimal airfare1,
    @Field(label = "第二位人员往返经济舱机票（元）", required = false, maxAmount = "1000000") BigDecimal airfare2) {

  /** The fares given, largest first. */
  public List<BigDecimal> faresLargestFirst() {
    List<BigDecimal> fares = new ArrayList<>(Stream.of(airfare1, airfare2).filter(Objects::nonNull).toList());
    fares.sort(Comparator.reverseOrder());
    return fares;
  }
}
