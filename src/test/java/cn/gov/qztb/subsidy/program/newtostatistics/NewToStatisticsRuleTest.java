package cn.gov.qztb.subsidy.program.newtostatistics;

import static cn.gov.qztb.subsidy.program.newtostatistics.StatisticsCategory.ACCOMMODATION_CATERING;
import static cn.gov.qztb.subsidy.program.newtostatistics.StatisticsCategory.INDUSTRIAL;
import static cn.gov.qztb.subsidy.program.newtostatistics.StatisticsCategory.SERVICES;
import static cn.gov.qztb.subsidy.program.newtostatistics.StatisticsCategory.WHOLESALE_RETAIL;
import static cn.gov.qztb.subsidy.reference.EnterpriseKind.FOREIGN_TRADE;
import static cn.gov.qztb.subsidy.reference.EnterpriseKind.INDUSTRIAL_ABOVE_SIZE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.program.Decision;
import cn.gov.qztb.subsidy.reference.EnterpriseKind;
import cn.gov.qztb.subsidy.support.Policies;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Clause 2 at the edges of the first quarter of 2024. */
class NewToStatisticsRuleTest {

  private static final NewToStatisticsPolicy POLICY =
      Policies.edition2024("newToStatisticsReward", NewToStatisticsPolicy.class);

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("industrial, January", INDUSTRIAL, "2024-01", "2024-01-15", INDUSTRIAL_ABOVE_SIZE, "300000.00", List.of()),
        Arguments.of("industrial, last day of March", INDUSTRIAL, "2024-03", "2024-03-31", INDUSTRIAL_ABOVE_SIZE, "300000.00", List.of()),
        Arguments.of("industrial, included in April", INDUSTRIAL, "2024-04", "2024-03-01", INDUSTRIAL_ABOVE_SIZE, "0.00",
            List.of("第2条：纳统月份2024-04不在一季度（2024-01至2024-03）")),
        Arguments.of("industrial, started production in 2023", INDUSTRIAL, "2024-01", "2023-12-31", INDUSTRIAL_ABOVE_SIZE, "0.00",
            List.of("第2条：投产日期2023-12-31不在一季度（2024-01至2024-03），不属于一季度新投产")),
        Arguments.of("wholesale, February", WHOLESALE_RETAIL, "2024-02", null, EnterpriseKind.WHOLESALE_RETAIL, "200000.00", List.of()),
        Arguments.of("catering, March", ACCOMMODATION_CATERING, "2024-03", null, EnterpriseKind.ACCOMMODATION_CATERING, "200000.00", List.of()),
        Arguments.of("services, December 2023", SERVICES, "2023-12", null, EnterpriseKind.SERVICES, "0.00",
            List.of("第2条：纳统月份2023-12不在一季度（2024-01至2024-03）")),
        Arguments.of("registry says otherwise", INDUSTRIAL, "2024-02", "2024-02-01", FOREIGN_TRADE, "0.00",
            List.of("第2条：申报类别为规模以上工业企业，但企业登记类型为外经贸企业，类别不符")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void decides(String name, StatisticsCategory category, String month, String production, EnterpriseKind registered,
      String amount, List<String> unmet) {
    NewToStatisticsFiling filing = new NewToStatisticsFiling(category, YearMonth.parse(month),
        production == null ? null : LocalDate.parse(production));

    Decision decision = NewToStatisticsRule.evaluate(filing, registered, POLICY);

    assertThat(decision.awardAmount()).isEqualTo(amount);
    assertThat(decision.eligible()).isEqualTo(unmet.isEmpty());
    if (unmet.isEmpty()) {
      assertThat(decision.notes()).containsExactly("第2条：符合条件，核定金额" + cn.gov.qztb.subsidy.program.Money.display(new java.math.BigDecimal(amount)));
    } else {
      assertThat(decision.notes()).containsExactlyElementsOf(unmet);
    }
  }
}
