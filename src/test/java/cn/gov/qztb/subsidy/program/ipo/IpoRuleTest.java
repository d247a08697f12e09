package cn.gov.qztb.subsidy.program.ipo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.program.Decision;
import cn.gov.qztb.subsidy.support.Policies;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Clause 5: amounts per stage from the policy file, its source named; the 2024 window. */
class IpoRuleTest {

  private static final IpoPolicy POLICY = Policies.edition2024("ipoSupport", IpoPolicy.class);

  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource({
      "SHAREHOLDING_REFORM, 2024-01-01, 300000.00",
      "TUTORING_FILING, 2024-06-30, 1000000.00",
      "APPLICATION_ACCEPTED, 2024-09-01, 1000000.00",
      "LISTED, 2024-12-31, 3000000.00"})
  void eachStageEarnsItsAmount(IpoStage stage, LocalDate date, String amount) {
    Decision decision = IpoRule.evaluate(new IpoFiling(stage, date, "闽证监发〔2024〕1号"), POLICY);

    assertThat(decision.eligible()).isTrue();
    assertThat(decision.awardAmount()).isEqualTo(amount);
    assertThat(decision.notes()).contains(
        "第5条：条款未规定奖补金额：" + stage.label() + "阶段金额为区级政策参数，由2024年版政策文件设定（参照：泉州市2021年支持企业上市措施（北交所路径，据公开报道））");
  }

  @Test
  void aStageReachedBeforeTheEditionIsNotEligible() {
    Decision decision = IpoRule.evaluate(new IpoFiling(IpoStage.TUTORING_FILING, LocalDate.of(2023, 12, 31), "X"), POLICY);

    assertThat(decision.eligible()).isFalse();
    assertThat(decision.awardAmount()).isEqualTo("0.00");
    assertThat(decision.notes()).first().isEqualTo("第5条：辅导备案日期2023-12-31不在2024-01-01至2024-12-31期间");
  }
}
