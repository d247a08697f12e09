package cn.gov.qztb.subsidy.program.nostopconstruction;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.program.Decision;
import cn.gov.qztb.subsidy.support.Policies;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Clause 18 at every boundary, with the 2024 parameters from seeds/policy/2024.yaml. */
class NoStopConstructionRuleTest {

  private static final NoStopConstructionPolicy POLICY =
      Policies.edition2024("noStopConstructionBonus", NoStopConstructionPolicy.class);

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("all 8 days at 50, provincial", ProjectLevel.PROVINCIAL, List.of(50L, 50L, 50L, 50L, 50L, 50L, 50L, 50L),
            true, "30000.00", List.of("第18条：符合条件，核定金额30,000.00 元")),
        Arguments.of("total exactly 400, municipal", ProjectLevel.MUNICIPAL, List.of(1L, 100L, 100L, 100L, 49L, 20L, 20L, 10L),
            true, "30000.00", List.of("第18条：符合条件，核定金额30,000.00 元")),
        Arguments.of("total 399", ProjectLevel.PROVINCIAL, List.of(50L, 50L, 50L, 50L, 50L, 50L, 50L, 49L),
            false, "0.00", List.of("第18条：8天施工人数合计399人，未达到400人（日均不少于50人）")),
        Arguments.of("district level", ProjectLevel.DISTRICT, List.of(60L, 60L, 60L, 60L, 60L, 60L, 60L, 60L),
            false, "0.00", List.of("第18条：项目级别为区级重点项目，仅省、市在建重点项目可获奖励")),
        Arguments.of("other level", ProjectLevel.OTHER, List.of(60L, 60L, 60L, 60L, 60L, 60L, 60L, 60L),
            false, "0.00", List.of("第18条：项目级别为其他项目，仅省、市在建重点项目可获奖励")),
        Arguments.of("one day with 0 workers although the total is high", ProjectLevel.PROVINCIAL,
            List.of(100L, 100L, 0L, 100L, 100L, 100L, 100L, 100L),
            false, "0.00", List.of("第18条：2月12日（正月初三）施工人数为0，视为停工")),
        Arguments.of("everything wrong at once", ProjectLevel.DISTRICT, List.of(0L, 10L, 10L, 10L, 10L, 10L, 10L, 0L),
            false, "0.00", List.of(
                "第18条：项目级别为区级重点项目，仅省、市在建重点项目可获奖励",
                "第18条：2月10日（正月初一）施工人数为0，视为停工",
                "第18条：2月17日（正月初八）施工人数为0，视为停工",
                "第18条：8天施工人数合计60人，未达到400人（日均不少于50人）")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void decides(String name, ProjectLevel level, List<Long> workers, boolean eligible, String amount, List<String> notes) {
    Decision decision = NoStopConstructionRule.evaluate(new NoStopConstructionFiling("XM-1", "项目", level, workers), POLICY);

    assertThat(decision.eligible()).isEqualTo(eligible);
    assertThat(decision.awardAmount()).isEqualTo(amount);
    assertThat(decision.notes()).containsExactlyElementsOf(notes);
  }

  @org.junit.jupiter.api.Test
  void holidayWindowComesFromThePolicy() {
    assertThat(POLICY.days()).isEqualTo(8);
    assertThat(POLICY.minTotalWorkers()).isEqualTo(400);
    assertThat(POLICY.dayLabel(0)).isEqualTo("2月10日（正月初一）");
    assertThat(POLICY.dayLabel(7)).isEqualTo("2月17日（正月初八）");
  }
}
