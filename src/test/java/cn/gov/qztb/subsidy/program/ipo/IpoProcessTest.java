package cn.gov.qztb.subsidy.program.ipo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.ledger.Award;
import cn.gov.qztb.subsidy.ledger.AwardRepository;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.ProcessTest;
import cn.gov.qztb.subsidy.support.Scenario;
import cn.gov.qztb.subsidy.support.TestEnterprises.Staff;
import cn.gov.qztb.subsidy.support.TestEnterprises;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Clause 5: one award per enterprise and stage, stages in any order. */
@ProcessTest
class IpoProcessTest {

  static final Scenario SCENARIO = Scenario.all().stream().filter(s -> s.program().equals("ipoSupport")).findFirst().orElseThrow();

  @Autowired ApplicationDriver driver;
  @Autowired TestEnterprises enterprises;
  @Autowired AwardRepository awards;

  @Test
  void stagesAreAwardedInAnyOrder() {
    Staff staff = enterprises.staffOfNew(SCENARIO);
    award(staff, "TUTORING_FILING", "2024-03-01");
    award(staff, "SHAREHOLDING_REFORM", "2024-02-01");

    assertThat(awards.findByEnterpriseCodeAndProgramKeyAndPolicyEdition(staff.enterpriseCode(), "ipoSupport", "2024"))
        .extracting(Award::getSubjectKey, a -> a.getAmount().toPlainString())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(staff.enterpriseCode() + ":TUTORING_FILING", "1000000.00"),
            org.assertj.core.groups.Tuple.tuple(staff.enterpriseCode() + ":SHAREHOLDING_REFORM", "300000.00"));
  }

  private void award(Staff staff, String stage, String date) {
    ProcessInstance instance = driver.start("ipoSupport", staff.userId());
    driver.approve(instance, SCENARIO, staff.userId(), Map.of("stage", stage, "stageDate", date, "evidenceNumber", "文号-" + stage));
  }
}
