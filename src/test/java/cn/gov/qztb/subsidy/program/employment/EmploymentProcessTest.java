package cn.gov.qztb.subsidy.program.employment;

import static cn.gov.qztb.subsidy.support.Filings.bureau;
import static cn.gov.qztb.subsidy.support.Filings.township;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.qztb.subsidy.ledger.AwardRepository;
import cn.gov.qztb.subsidy.reference.EnterpriseKind;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.ProcessTest;
import cn.gov.qztb.subsidy.support.TestEnterprises.Staff;
import cn.gov.qztb.subsidy.support.TestEnterprises;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Clause 31: 区科技经济发展局 certifies the key enterprise before 区民生保障局 approves; the cap per enterprise. */
@ProcessTest
class EmploymentProcessTest {

  static final String PROGRAM = "employmentStabilizationSubsidy";

  @Autowired ProcessEngine engine;
  @Autowired ApplicationDriver driver;
  @Autowired TestEnterprises enterprises;
  @Autowired AwardRepository awards;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @Test
  void certifiedByKejiThenApprovedByMinshengCappedAt200000() {
    ProcessInstance instance = verified(Map.of("insuredDec2023", 260, "insuredFeb2024", 250, "kwhJan2024", 800_000,
        "kwhFeb2024", 600_000));
    assertThat(instance).isWaitingAt("keyEnterpriseCertification").task().hasCandidateGroup("unitKeji");
    assertThat(driver.variables(instance)).containsEntry("awardAmount", "200000.00");
    // the certifier sees the figures the rule used, and certifies only once they are confirmed
    assertThat((String) driver.variables(instance).get("filingSummary")).contains(
        "减员率（第31条：不高于5.5%）：10/260＝3.85%",
        "2024年2月/1月用电量（不低于70%）：600000/800000＝75.00%",
        "奖补基数：2024年2月参加失业保险职工250人");
    assertThatThrownBy(() -> driver.complete(instance, "keyEnterpriseCertification", "keji",
        Map.of("certificationDecision", "CERTIFY")))
        .hasMessageContaining("「已核对认定依据数据」（figuresConfirmed）须勾选");
    assertThatThrownBy(() -> driver.complete(instance, "keyEnterpriseCertification", "keji",
        Map.of("certificationDecision", "CERTIFY", "figuresConfirmed", false)))
        .hasMessageContaining("（figuresConfirmed）须勾选");
    assertThat(instance).isWaitingAt("keyEnterpriseCertification");

    driver.complete(instance, "keyEnterpriseCertification", "keji",
        Map.of("certificationDecision", "CERTIFY", "figuresConfirmed", true));
    assertThat(instance).isWaitingAt("bureauApproval").task().hasCandidateGroup("unitMinsheng");
    driver.complete(instance, "bureauApproval", "minsheng", bureau("APPROVE", null));
    driver.runJobs(instance);

    var award = awards.findByBusinessKey(instance.getBusinessKey()).orElseThrow();
    assertThat(award.getAmount()).isEqualByComparingTo("200000.00");
    assertThat(award.getClause()).isEqualTo(31);
    assertThat(award.getNotes()).contains("第31条：所需资金从就业补助资金中列支");
  }

  @Test
  void refusalToCertifyEndsTheApplicationAsRejected() {
    ProcessInstance instance = verified(Map.of("insuredDec2023", 50, "insuredFeb2024", 50, "kwhJan2024", 10_000,
        "kwhFeb2024", 9_000));

    assertThatThrownBy(() -> driver.complete(instance, "keyEnterpriseCertification", "keji",
        Map.of("certificationDecision", "REFUSE")))
        .hasMessageContaining("「重点企业认定意见」（certificationComment）选择“不予认定”时必须填写理由");
    driver.complete(instance, "keyEnterpriseCertification", "keji",
        Map.of("certificationDecision", "REFUSE", "certificationComment", "未列入区级重点企业名单"));

    assertThat(instance).isEnded().hasPassed("rejected").hasNotPassed("bureauApproval");
    assertThat(driver.historicVariable(instance, "rejectionReason")).isEqualTo("重点企业认定：未列入区级重点企业名单");
    assertThat(awards.findByBusinessKey(instance.getBusinessKey())).isEmpty();
  }

  @Test
  void aTickFromBeforeAReturnDoesNotCertifyTheCorrectedFiling() {
    Map<String, Object> filing = Map.of("insuredDec2023", 120, "insuredFeb2024", 118, "kwhJan2024", 500_000,
        "kwhFeb2024", 420_000);
    ProcessInstance instance = verified(filing);
    String applicant = (String) driver.variables(instance).get("applicantUserId");
    driver.complete(instance, "keyEnterpriseCertification", "keji",
        Map.of("certificationDecision", "CERTIFY", "figuresConfirmed", true));
    driver.complete(instance, "bureauApproval", "minsheng", bureau("RETURN", "请更正2月参保人数"));
    driver.complete(instance, "filing", applicant, Map.of("insuredDec2023", 120, "insuredFeb2024", 100,
        "kwhJan2024", 500_000, "kwhFeb2024", 420_000));
    driver.complete(instance, "townshipVerification", "zhangban", township("APPROVE", null));

    assertThat(driver.variables(instance)).doesNotContainKey("figuresConfirmed");
    assertThatThrownBy(() -> driver.complete(instance, "keyEnterpriseCertification", "keji",
        Map.of("certificationDecision", "CERTIFY")))
        .hasMessageContaining("（figuresConfirmed）须勾选");
    assertThat(instance).isWaitingAt("keyEnterpriseCertification");
  }

  private ProcessInstance verified(Map<String, Object> filing) {
    Staff staff = enterprises.staffOfNew(EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "zhangban");
    ProcessInstance instance = driver.start(PROGRAM, staff.userId());
    driver.complete(instance, "filing", staff.userId(), filing);
    driver.complete(instance, "townshipVerification", "zhangban", township("APPROVE", null));
    return instance;
  }
}
