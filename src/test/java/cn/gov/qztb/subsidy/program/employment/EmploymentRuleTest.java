package cn.gov.qztb.subsidy.program.employment;

import static cn.gov.qztb.subsidy.reference.EnterpriseKind.INDUSTRIAL_ABOVE_SIZE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.program.Decision;
import cn.gov.qztb.subsidy.program.Money;
import cn.gov.qztb.subsidy.reference.EnterpriseKind;
import cn.gov.qztb.subsidy.support.Policies;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Clause 31: attrition 5.5% exactly, electricity 70% exactly, 1,000 yuan per employee up to 200,000. */
class EmploymentRuleTest {

  private static final EmploymentPolicy POLICY =
      Policies.edition2024("employmentStabilizationSubsidy", EmploymentPolicy.class);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "attrition exactly 5.5%           | 1000 | 945 | 10000 | 7000 | INDUSTRIAL_ABOVE_SIZE | true  | 200000.00 | 第31条：计945,000.00 元，超过每家企业累计上限200,000.00 元，按上限核定",
      "attrition 5.6%                   | 1000 | 944 | 10000 | 7000 | INDUSTRIAL_ABOVE_SIZE | false | 0.00      | 第31条：减员率为56/1000，高于2022年末全国城镇调查失业率5.5%",
      "electricity exactly 70%          | 150  | 150 | 10000 | 7000 | INDUSTRIAL_ABOVE_SIZE | true  | 150000.00 | 第31条：所需资金从就业补助资金中列支",
      "electricity below 70%            | 150  | 150 | 10000 | 6999 | INDUSTRIAL_ABOVE_SIZE | false | 0.00      | 第31条：2024年2月用电量6999千瓦时，低于1月10000千瓦时的70%，未保持连续生产",
      "cap reached exactly              | 200  | 200 | 10000 | 9000 | INDUSTRIAL_ABOVE_SIZE | true  | 200000.00 | 第31条：所需资金从就业补助资金中列支",
      "cap exceeded                     | 210  | 201 | 10000 | 9000 | INDUSTRIAL_ABOVE_SIZE | true  | 200000.00 | 第31条：计201,000.00 元，超过每家企业累计上限200,000.00 元，按上限核定",
      "more employees than last year    | 100  | 120 | 10000 | 9000 | INDUSTRIAL_ABOVE_SIZE | true  | 120000.00 | 第31条：所需资金从就业补助资金中列支",
      "not above designated size        | 100  | 100 | 10000 | 9000 | INDUSTRIAL_BELOW_SIZE | false | 0.00      | 第31条：仅限规模以上工业企业，本企业登记为规模以下工业企业",
      "no January electricity           | 100  | 100 | 0     | 0    | INDUSTRIAL_ABOVE_SIZE | false | 0.00      | 第31条：2024年1月用电量为0，无法认定春节当月保持连续生产"})
  void decides(String name, long dec, long feb, long jan, long febKwh, EnterpriseKind kind, boolean eligible,
      String amount, String note) {
    Decision decision = EmploymentRule.evaluate(new EmploymentFiling(dec, feb, jan, febKwh), kind, POLICY);

    assertThat(decision.eligible()).isEqualTo(eligible);
    assertThat(decision.awardAmount()).isEqualTo(amount);
    assertThat(decision.notes()).contains(note);
    if (eligible) {
      assertThat(decision.notes()).contains("第31条：所需资金从就业补助资金中列支")
          .contains("第31条：按" + feb + "人×1,000.00 元计" + Money.display(new java.math.BigDecimal(feb * 1000)))
          .endsWith("第31条：符合条件，核定金额" + Money.display(new java.math.BigDecimal(amount)));
    }
  }
}
