package cn.gov.qztb.subsidy.policy;

import static cn.gov.qztb.subsidy.support.Filings.noStopConstruction;
import static cn.gov.qztb.subsidy.support.Filings.township;
import static cn.gov.qztb.subsidy.support.Filings.uniqueProjectCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.qztb.subsidy.ledger.Award;
import cn.gov.qztb.subsidy.ledger.AwardRepository;
import cn.gov.qztb.subsidy.program.nostopconstruction.NoStopConstructionPolicy;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.ProcessTest;
import cn.gov.qztb.subsidy.support.Scenario;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A 2025 edition with other dates and amounts, added as data: filings made while it is in force
 * are computed with it, filings made before keep 2024's, and each award names its edition.
 * (Dirties its context: later tests must not find the 2025 edition in force.)
 */
@ProcessTest
@SuppressWarnings("unchecked")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PolicyEditionTest {

  static final Scenario NO_STOP = Scenario.all().stream()
      .filter(s -> s.program().equals("noStopConstructionBonus")).findFirst().orElseThrow();

  @Autowired PolicyLoader loader;
  @Autowired PolicyBook policies;
  @Autowired ApplicationDriver driver;
  @Autowired AwardRepository awards;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void eachFilingIsComputedWithTheEditionInForceWhenItWasFiled() throws IOException {
    loader.load("2025.yaml", new ClassPathResource("revisions/2025.yaml").getContentAsString(java.nio.charset.StandardCharsets.UTF_8));

    on(LocalDate.of(2024, 3, 1));
    ProcessInstance filedIn2024 = driver.start("noStopConstructionBonus", "applicant2");
    assertThat((Map<String, Object>) driver.variables(filedIn2024).get("formLabels")).containsEntry("workersDay1", "2月10日（正月初一）施工人数（人）");
    driver.complete(filedIn2024, "filing", "applicant2", noStopConstruction(uniqueProjectCode()));
    assertThat(driver.variables(filedIn2024)).containsEntry("awardAmount", "30000.00").containsEntry("policyEdition", "2024");

    on(LocalDate.of(2025, 3, 1));
    ProcessInstance filedIn2025 = driver.start("noStopConstructionBonus", "applicant2");
    assertThat((Map<String, Object>) driver.variables(filedIn2025).get("formLabels")).containsEntry("workersDay1", "1月29日（正月初一）施工人数（人）");
    driver.complete(filedIn2025, "filing", "applicant2", noStopConstruction(uniqueProjectCode()));
    assertThat(driver.variables(filedIn2025)).containsEntry("awardAmount", "35000.00").containsEntry("policyEdition", "2025");

    // returned and corrected after 2025 took effect: still the edition it was filed under
    driver.complete(filedIn2024, "townshipVerification", "dongyuan", township("RETURN", "请补充考勤表"));
    driver.complete(filedIn2024, "filing", "applicant2", noStopConstruction(uniqueProjectCode()));
    assertThat(driver.variables(filedIn2024)).containsEntry("awardAmount", "30000.00").containsEntry("policyEdition", "2024");

    driver.approveFiled(filedIn2024, NO_STOP);
    driver.approveFiled(filedIn2025, NO_STOP);
    Award award2024 = awards.findByBusinessKey(filedIn2024.getBusinessKey()).orElseThrow();
    Award award2025 = awards.findByBusinessKey(filedIn2025.getBusinessKey()).orElseThrow();
    assertThat(award2024.getAmount()).isEqualByComparingTo("30000.00");
    assertThat(award2024.getPolicyEdition()).isEqualTo("2024");
    assertThat(award2025.getAmount()).isEqualByComparingTo("35000.00");
    assertThat(award2025.getPolicyEdition()).isEqualTo("2025");
    // explainable later: the award's edition still gives the parameters that computed it
    assertThat(policies.terms(award2025.getPolicyEdition(), "noStopConstructionBonus", NoStopConstructionPolicy.class).amount())
        .isEqualByComparingTo("35000.00");

    // 2025 gives no other program: they cannot be applied for while it is in force
    assertThatThrownBy(() -> driver.start("gasPriceDiscount", "applicant1"))
        .hasMessageContaining("现行政策（2025版）未设立本奖补项目");
  }

  @Test
  void anEditionThatComputedApplicationsCannotBeChangedInPlace() throws IOException {
    on(LocalDate.of(2024, 3, 1));
    ProcessInstance instance = driver.start("noStopConstructionBonus", "applicant2");
    driver.complete(instance, "filing", "applicant2", noStopConstruction(uniqueProjectCode()));
    String edited = new ClassPathResource("seeds/policy/2024.yaml").getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
        .replace("amount: \"30000.00\"", "amount: \"40000.00\"");

    assertThatThrownBy(() -> loader.load("2024.yaml", edited))
        .isInstanceOf(PolicyException.class)
        .hasMessageContaining("已使用的版本不可修改");
  }

  private static void on(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
  }
}
