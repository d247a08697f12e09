package cn.gov.qztb.subsidy.program.exhibition;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.program.Decision;
import cn.gov.qztb.subsidy.support.Policies;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Clause 24: booths, the 1,000,000 USD line, the report before departure, rounding once at the end. */
class ExhibitionRuleTest {

  private static final ExhibitionPolicy POLICY = Policies.edition2024("exhibitionSubsidy", ExhibitionPolicy.class);
  private static final LocalDate DEPARTURE = LocalDate.of(2024, 4, 20);

  static ExhibitionFiling filing(boolean offline, long booths, boolean exporter, String exportsUsd, LocalDate reported,
      String fare1, String fare2) {
    return new ExhibitionFiling("中东（迪拜）国际五金展", Region.AE, LocalDate.of(2024, 4, 23), LocalDate.of(2024, 4, 26),
        offline, booths, exporter,
        new BigDecimal(exportsUsd), DEPARTURE, reported, fare1 == null ? null : new BigDecimal(fare1),
        fare2 == null ? null : new BigDecimal(fare2));
  }

  @Test
  void boothsOfAnExporterAtAnOfflineExhibition() {
    Decision decision = ExhibitionRule.evaluate(filing(true, 2, true, "500000", null, null, null), POLICY);

    assertThat(decision.eligible()).isTrue();
    assertThat(decision.awardAmount()).isEqualTo("30000.00");
  }

  @Test
  void exportsOfExactlyOneMillionDollarsCoverOnePersonTheLargestFare() {
    // 90% of 9000.45 = 8100.405, rounded half-up once at the end: 8100.41
    Decision decision = ExhibitionRule.evaluate(filing(true, 0, true, "1000000.00", DEPARTURE, "8000.55", "9000.45"), POLICY);

    assertThat(decision.eligible()).isTrue();
    assertThat(decision.awardAmount()).isEqualTo("8100.41");
  }

  @Test
  void exportsAboveOneMillionDollarsCoverTwoPersons() {
    Decision decision = ExhibitionRule.evaluate(filing(true, 0, true, "1000000.01", DEPARTURE, "8000.55", "9000.45"), POLICY);

    assertThat(decision.awardAmount()).isEqualTo("15300.90");
  }

  @Test
  void boothAndAirfareAddUpBeforeRounding() {
    Decision decision = ExhibitionRule.evaluate(filing(true, 1, true, "800000", DEPARTURE.minusDays(3), "9000.45", null), POLICY);

    assertThat(decision.awardAmount()).isEqualTo("23100.41");
  }

  @Test
  void reportAfterDepartureEarnsNoAirfare() {
    Decision decision = ExhibitionRule.evaluate(filing(true, 1, true, "800000", DEPARTURE.plusDays(1), "9000.45", null), POLICY);

    assertThat(decision.awardAmount()).isEqualTo("15000.00");
    assertThat(decision.notes()).contains("第24条：未在赴境外前（出境日期2024-04-20）到区商务部门报备，不予机票补助");
  }

  @Test
  void aReportOnTheDepartureDayCountsAndTheNoteCitesTheRule() {
    Decision decision = ExhibitionRule.evaluate(filing(true, 0, true, "800000", DEPARTURE, "9000.45", null), POLICY);

    assertThat(decision.awardAmount()).isEqualTo("8100.41");
    assertThat(decision.notes()).contains(
        "第24条：已于2024-04-20到区商务部门报备，不晚于出境日期2024-04-20，符合“在赴境外前到区商务部门报备”");
  }

  @Test
  void anOnlineExhibitionEarnsNeitherBoothNorAirfare() {
    // nobody travels abroad to exhibit online: reported, fares given, still no airfare
    Decision decision = ExhibitionRule.evaluate(filing(false, 2, true, "1000000.01", DEPARTURE, "8000.55", "9000.45"), POLICY);

    assertThat(decision.eligible()).isFalse();
    assertThat(decision.awardAmount()).isEqualTo("0.00");
    assertThat(decision.notes()).contains("第24条：非境外线下展会，不予展位补助",
        "第24条：线上展会无需赴境外参展，不予机票补助（机票补助限赴境外参展）");
  }

  @Test
  void noBoothsWithoutSelfOperatedExportsAndNoReportMeansNothing() {
    Decision decision = ExhibitionRule.evaluate(filing(true, 3, false, "800000", null, "9000.45", null), POLICY);

    assertThat(decision.eligible()).isFalse();
    assertThat(decision.awardAmount()).isEqualTo("0.00");
    assertThat(decision.notes()).containsExactly(
        "第24条：展位补助与机票补助均不符合条件",
        "第24条：企业无自营出口业绩，不予展位补助",
        "第24条：未在赴境外前（出境日期2024-04-20）到区商务部门报备，不予机票补助");
  }
}
