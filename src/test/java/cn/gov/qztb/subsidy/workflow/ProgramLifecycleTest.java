package cn.gov.qztb.subsidy.workflow;

import static cn.gov.qztb.subsidy.support.Filings.bureau;
import static cn.gov.qztb.subsidy.support.Filings.township;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.application.ApplicationRepository;
import cn.gov.qztb.subsidy.application.ApplicationStatus;
import cn.gov.qztb.subsidy.ledger.Award;
import cn.gov.qztb.subsidy.ledger.AwardRepository;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.Filings;
import cn.gov.qztb.subsidy.support.ProcessTest;
import cn.gov.qztb.subsidy.support.Scenario;
import cn.gov.qztb.subsidy.support.TestEnterprises.Staff;
import cn.gov.qztb.subsidy.support.TestEnterprises;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Every program through the shared mechanics: approval, return and correction, rejection, duplicate. */
@ProcessTest
class ProgramLifecycleTest {

  @Autowired ProcessEngine engine;
  @Autowired ApplicationDriver driver;
  @Autowired TestEnterprises enterprises;
  @Autowired AwardRepository awards;
  @Autowired ApplicationRepository applications;

  static List<Scenario> scenarios() {
    return Scenario.all();
  }

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void approvalRecordsTheAwardToTheFen(Scenario scenario) {
    Staff staff = enterprises.staffOfNew(scenario);
    ProcessInstance instance = driver.start(scenario.program(), staff.userId());
    assertThat(instance.getBusinessKey()).matches("[A-Z]{3}-2024-\\d{6}");

    driver.approve(instance, scenario, staff.userId(), scenario.filing().get());

    assertThat(instance).isEnded().hasPassed("recordAward", "awarded");
    Award award = awards.findByBusinessKey(instance.getBusinessKey()).orElseThrow();
    assertThat(award.getAmount().toPlainString()).isEqualTo(scenario.amount());
    assertThat(award.getEnterpriseCode()).isEqualTo(staff.enterpriseCode());
    assertThat(award.getProgramKey()).isEqualTo(scenario.program());
    assertThat(award.getApprovedBy()).isEqualTo(scenario.approver());
    assertThat(status(instance)).isEqualTo(ApplicationStatus.APPROVED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void returnedFilingsAreCorrectedAndComputedAgain(Scenario scenario) {
    Staff staff = enterprises.staffOfNew(scenario);
    ProcessInstance instance = driver.start(scenario.program(), staff.userId());
    Map<String, Object> valid = scenario.filing().get();
    Map<String, Object> ineligible = new java.util.HashMap<>(valid);
    ineligible.putAll(scenario.ineligibleChanges());

    driver.complete(instance, "filing", staff.userId(), ineligible);
    assertThat(driver.variables(instance)).containsEntry("eligible", false).containsEntry("awardAmount", "0.00");
    assertThat((String) driver.variables(instance).get("eligibilityNotes")).startsWith("第");

    driver.complete(instance, "townshipVerification", scenario.verifier(), township("RETURN", "请按实际数据更正"));
    assertThat(instance).isWaitingAt("filing");
    assertThat(driver.variables(instance)).containsEntry("returnComment", "请按实际数据更正")
        .containsEntry("applicationStatus", "RETURNED");

    driver.complete(instance, "filing", staff.userId(), valid);
    assertThat(driver.variables(instance)).containsEntry("eligible", true).containsEntry("awardAmount", scenario.amount());
    driver.complete(instance, "townshipVerification", scenario.verifier(), township("APPROVE", null));
    if (scenario.certifier() != null) {
      driver.complete(instance, "keyEnterpriseCertification", scenario.certifier(), Filings.certified());
    }
    driver.complete(instance, "bureauApproval", scenario.approver(), bureau("RETURN", "请补充证明材料编号"));
    assertThat(instance).isWaitingAt("filing");
    assertThat(driver.variables(instance)).containsEntry("returnedBy", "部门审批");

    driver.approve(instance, scenario, staff.userId(), valid);
    assertThat(instance).isEnded().hasPassed("awarded");
    assertThat(awards.findByBusinessKey(instance.getBusinessKey()).orElseThrow().getAmount().toPlainString())
        .isEqualTo(scenario.amount());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void rejectionEndsTheApplicationWithoutAward(Scenario scenario) {
    Staff staff = enterprises.staffOfNew(scenario);
    ProcessInstance instance = driver.start(scenario.program(), staff.userId());
    driver.complete(instance, "filing", staff.userId(), scenario.filing().get());

    driver.complete(instance, "townshipVerification", scenario.verifier(), township("REJECT", "申报数据与核查结果不符"));

    assertThat(instance).isEnded().hasPassed("rejected").hasNotPassed("recordAward");
    assertThat(awards.findByBusinessKey(instance.getBusinessKey())).isEmpty();
    assertThat(status(instance)).isEqualTo(ApplicationStatus.REJECTED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void aSecondApplicationForTheSameSubjectIsRefused(Scenario scenario) {
    Staff staff = enterprises.staffOfNew(scenario);
    Map<String, Object> filing = scenario.filing().get();
    ProcessInstance first = driver.start(scenario.program(), staff.userId());
    driver.approve(first, scenario, staff.userId(), filing);

    ProcessInstance second = driver.start(scenario.program(), staff.userId());
    assertThatThrownBy(() -> driver.complete(second, "filing", staff.userId(), filing))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("（申请编号" + first.getBusinessKey() + "）")
        .hasMessageContaining("不能重复申请");
    assertThat(second).isWaitingAt("filing");
    assertThat(awards.findByEnterpriseCodeAndProgramKeyAndPolicyEdition(staff.enterpriseCode(), scenario.program(), "2024")).hasSize(1);
  }

  private ApplicationStatus status(ProcessInstance instance) {
    return applications.findById(instance.getBusinessKey()).orElseThrow().getStatus();
  }
}
