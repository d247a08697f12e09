package cn.gov.qztb.subsidy.program.electricity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.ledger.Award;
import cn.gov.qztb.subsidy.ledger.AwardRepository;
import cn.gov.qztb.subsidy.reference.EnterpriseKind;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.Filings;
import cn.gov.qztb.subsidy.support.ProcessTest;
import cn.gov.qztb.subsidy.support.Scenario;
import cn.gov.qztb.subsidy.support.TestEnterprises.Staff;
import cn.gov.qztb.subsidy.support.TestEnterprises;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Clause 9 across two applications of one enterprise: the Q1 deduction and the 500,000 cap, read from the ledger. */
@ProcessTest
class ElectricityProcessTest {

  static final String PROGRAM = "electricityIncrementReward";
  static final Scenario SCENARIO = Scenario.all().stream().filter(s -> s.program().equals(PROGRAM)).findFirst().orElseThrow();

  @Autowired ApplicationDriver driver;
  @Autowired TestEnterprises enterprises;
  @Autowired AwardRepository awards;

  @Test
  void q1AwardDeductsJanFebAndTheTwoStopAt500000() {
    Staff staff = enterprises.staffOfNew(EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "baiqi");
    // Jan–Feb: increment 2,000,000 kWh → 400,000.00
    Award janFeb = award(staff, Map.of("period", "JAN_FEB", "kwhJan2023", 1_000_000, "kwhFeb2023", 1_000_000,
        "kwhJan2024", 2_000_000, "kwhFeb2024", 2_000_000));
    assertThat(janFeb.getAmount()).isEqualByComparingTo("400000.00");

    // Q1: increment 3,500,000 kWh → 700,000.00 gross, less 400,000.00 → 300,000.00, cut to the 100,000.00 left under the cap
    Award q1 = award(staff, Map.of("period", "Q1", "kwhJan2023", 1_000_000, "kwhFeb2023", 1_000_000, "kwhMar2023", 1_000_000,
        "kwhJan2024", 2_000_000, "kwhFeb2024", 2_000_000, "kwhMar2024", 2_500_000));
    assertThat(q1.getAmount()).isEqualByComparingTo("100000.00");
    assertThat(q1.getNotes()).contains(
        "第9条：扣除本企业已获1-2月用电奖励400,000.00 元，本次核定为300,000.00 元",
        "第9条：每家企业累计不超过500,000.00 元，已获400,000.00 元，本次核减为100,000.00 元");
    assertThat(awards.findByEnterpriseCodeAndProgramKeyAndPolicyEdition(staff.enterpriseCode(), PROGRAM, "2024").stream()
        .map(Award::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("500000.00");
  }

  @Test
  void janFebAwardedAfterQ1IsDeductedTheSameWay() {
    Staff staff = enterprises.staffOfNew(EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "baiqi");
    Award q1 = award(staff, Map.of("period", "Q1", "kwhJan2023", 100_000, "kwhFeb2023", 100_000, "kwhMar2023", 100_000,
        "kwhJan2024", 150_000, "kwhFeb2024", 150_000, "kwhMar2024", 100_000));
    assertThat(q1.getAmount()).isEqualByComparingTo("20000.00");

    Award janFeb = award(staff, Map.of("period", "JAN_FEB", "kwhJan2023", 100_000, "kwhFeb2023", 100_000,
        "kwhJan2024", 150_000, "kwhFeb2024", 150_000));
    assertThat(janFeb.getAmount()).isEqualByComparingTo("0.00");
    assertThat(janFeb.getNotes()).contains("第9条：扣除本企业已获一季度用电奖励20,000.00 元，本次核定为0.00 元");
  }

  @Test
  void q1MustRepeatTheJanuaryAndFebruaryFiguresOfTheApprovedJanFebApplication() {
    Staff staff = enterprises.staffOfNew(EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "baiqi");
    award(staff, Map.of("period", "JAN_FEB", "kwhJan2023", 100_000, "kwhFeb2023", 100_000,
        "kwhJan2024", 150_000, "kwhFeb2024", 150_000));
    ProcessInstance q1 = driver.start(PROGRAM, staff.userId());

    assertThatThrownBy(() -> driver.complete(q1, "filing", staff.userId(), Map.of("period", "Q1",
        "kwhJan2023", 100_000, "kwhFeb2023", 90_000, "kwhMar2023", 100_000,
        "kwhJan2024", 150_000, "kwhFeb2024", 150_000, "kwhMar2024", 150_000)))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("「2023年2月工业用电量（千瓦时）」（kwhFeb2023）：本次填写90000千瓦时，与本企业已批准的1-2月"
            + "用电增量奖励申请所填100000千瓦时不一致")
        .hasMessageNotContaining("kwhJan2023");
    assertThat(driver.task(q1, "filing")).isNotNull();

    driver.approve(q1, SCENARIO, staff.userId(), Map.of("period", "Q1",
        "kwhJan2023", 100_000, "kwhFeb2023", 100_000, "kwhMar2023", 100_000,
        "kwhJan2024", 150_000, "kwhFeb2024", 150_000, "kwhMar2024", 150_000));
    // 150,000 kWh more × 0.20 = 30,000, less the 20,000 of January–February
    assertThat(awards.findByBusinessKey(q1.getBusinessKey()).orElseThrow().getAmount()).isEqualByComparingTo("10000.00");
  }

  @Test
  void twoApplicationsFiledTogetherWithDifferentFiguresCannotBothBeApproved() {
    Staff staff = enterprises.staffOfNew(EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "baiqi");
    ProcessInstance janFeb = driver.start(PROGRAM, staff.userId());
    driver.complete(janFeb, "filing", staff.userId(), Map.of("period", "JAN_FEB", "kwhJan2023", 100_000,
        "kwhFeb2023", 100_000, "kwhJan2024", 150_000, "kwhFeb2024", 150_000));
    ProcessInstance q1 = driver.start(PROGRAM, staff.userId());
    // filed while January–February was still in review: nothing approved to compare with yet
    driver.complete(q1, "filing", staff.userId(), Map.of("period", "Q1", "kwhJan2023", 100_000, "kwhFeb2023", 100_000,
        "kwhMar2023", 100_000, "kwhJan2024", 180_000, "kwhFeb2024", 150_000, "kwhMar2024", 150_000));
    driver.approveFiled(janFeb, SCENARIO);
    driver.complete(q1, "townshipVerification", SCENARIO.verifier(), Filings.township("APPROVE", null));

    assertThatThrownBy(() -> driver.complete(q1, "bureauApproval", SCENARIO.approver(), Filings.bureau("APPROVE", null)))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("不能批准：「2024年1月工业用电量（千瓦时）」（kwhJan2024）：本次填写180000千瓦时，与本企业已批准的1-2月"
            + "用电增量奖励申请所填150000千瓦时不一致");
    assertThat(awards.findByBusinessKey(q1.getBusinessKey())).isEmpty();
    driver.complete(q1, "bureauApproval", SCENARIO.approver(), Filings.bureau("RETURN", "1月用电量与已批准的1-2月申请不一致"));
    assertThat(driver.task(q1, "filing")).isNotNull();
  }

  private Award award(Staff staff, Map<String, Object> filing) {
    ProcessInstance instance = driver.start(PROGRAM, staff.userId());
    driver.approve(instance, SCENARIO, staff.userId(), filing);
    return awards.findByBusinessKey(instance.getBusinessKey()).orElseThrow();
  }
}
