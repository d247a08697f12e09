package cn.gov.qztb.subsidy.program.gas;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.ledger.AwardRepository;
import cn.gov.qztb.subsidy.reference.EnterpriseKind;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.ProcessTest;
import cn.gov.qztb.subsidy.support.Scenario;
import cn.gov.qztb.subsidy.support.TestEnterprises.Staff;
import cn.gov.qztb.subsidy.support.TestEnterprises;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Clause 33: a large consumer's discount stops at the 1,000,000 cap, in the ledger. */
@ProcessTest
class GasProcessTest {

  static final Scenario SCENARIO = Scenario.all().stream().filter(s -> s.program().equals("gasPriceDiscount")).findFirst().orElseThrow();

  @Autowired ApplicationDriver driver;
  @Autowired TestEnterprises enterprises;
  @Autowired AwardRepository awards;

  @Test
  void discountAboveTheCapIsCut() {
    Staff staff = enterprises.staffOfNew(EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "dongyuan");
    ProcessInstance instance = driver.start("gasPriceDiscount", staff.userId());
    driver.approve(instance, SCENARIO, staff.userId(),
        Map.of("onCityNonResidentialTariff", true, "gasM3Jan2024", 7_000_000, "gasM3Feb2024", 6_500_000));

    var award = awards.findByBusinessKey(instance.getBusinessKey()).orElseThrow();
    assertThat(award.getAmount()).isEqualByComparingTo("1000000.00");
    assertThat(award.getNotes()).contains("第33条：计1,350,000.00 元，超过每家企业累计上限1,000,000.00 元，按上限核定");
  }
}
