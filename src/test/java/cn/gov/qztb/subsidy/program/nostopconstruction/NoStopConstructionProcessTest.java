package cn.gov.qztb.subsidy.program.nostopconstruction;

import static cn.gov.qztb.subsidy.support.Filings.bureau;
import static cn.gov.qztb.subsidy.support.Filings.noStopConstruction;
import static cn.gov.qztb.subsidy.support.Filings.township;
import static cn.gov.qztb.subsidy.support.Filings.uniqueProjectCode;
import static cn.gov.qztb.subsidy.support.Filings.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.application.ApplicationRepository;
import cn.gov.qztb.subsidy.application.ApplicationStatus;
import cn.gov.qztb.subsidy.ledger.Award;
import cn.gov.qztb.subsidy.ledger.AwardRepository;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.Demo;
import cn.gov.qztb.subsidy.support.ProcessTest;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 春节不停工奖励 end to end: applicant2 (东园镇 construction company), dongyuan, keji. */
@ProcessTest
@SuppressWarnings("unchecked")
class NoStopConstructionProcessTest {

  static final String PROGRAM = "noStopConstructionBonus";

  @Autowired ProcessEngine engine;
  @Autowired ApplicationDriver driver;
  @Autowired AwardRepository awards;
  @Autowired ApplicationRepository applications;
  @Autowired HistoryService history;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @Test
  void approvedApplicationIsAwardedOnceInTheLedger() {
    String project = uniqueProjectCode();
    ProcessInstance instance = driver.start(PROGRAM, "applicant2");

    assertThat(instance.getBusinessKey()).matches("NSC-2024-\\d{6}");
    assertThat(instance).isWaitingAt("filing").task().isAssignedTo("applicant2");
    assertThat(driver.variables(instance))
        .containsEntry("applicationNumber", instance.getBusinessKey())
        .containsEntry("enterpriseCode", Demo.APPLICANT2_ENTERPRISE)
        .containsEntry("applicationStatus", "DRAFT")
        .as("who decides is taken from the record, not from variables").doesNotContainKeys("townshipGroup", "approvingUnitGroup");
    assertThat(taskService().getIdentityLinksForTask(task(instance).getId()))
        .extracting(IdentityLink::getGroupId).contains("enterprise" + Demo.APPLICANT2_ENTERPRISE);
    assertThat((Map<String, Object>) driver.variables(instance).get("formLabels"))
        .containsEntry("workersDay3", "2月12日（正月初三）施工人数（人）");

    driver.complete(instance, "filing", "applicant2", noStopConstruction(project));
    assertThat(instance).hasPassed("evaluateEligibility").isWaitingAt("townshipVerification");
    assertThat(instance).task().hasCandidateGroup("townshipDongyuan");
    assertThat(driver.variables(instance))
        .containsEntry("eligible", true)
        .containsEntry("awardAmount", "30000.00")
        .containsEntry("eligibilityNotes", "第18条：符合条件，核定金额30,000.00 元")
        .containsEntry("applicationStatus", "FILED");

    driver.complete(instance, "townshipVerification", "dongyuan", township("APPROVE", null));
    assertThat(instance).isWaitingAt("bureauApproval").task().hasCandidateGroup("unitKeji");
    assertThat(driver.variables(instance)).containsEntry("applicationStatus", "VERIFIED");

    driver.complete(instance, "bureauApproval", "keji", bureau("APPROVE", "同意"));
    assertThat(instance).isWaitingAt("recordAward");
    assertThat(awards.findByBusinessKey(instance.getBusinessKey())).isEmpty();

    assertThat(driver.runJobs(instance)).isEqualTo(1);
    assertThat(instance).isEnded().hasPassed("awarded");

    Award award = awards.findByBusinessKey(instance.getBusinessKey()).orElseThrow();
    assertThat(award.getAmount()).isEqualByComparingTo(new BigDecimal("30000.00"));
    assertThat(award.getAmount().scale()).isEqualTo(2);
    assertThat(award.getClause()).isEqualTo(18);
    assertThat(award.getEnterpriseCode()).isEqualTo(Demo.APPLICANT2_ENTERPRISE);
    assertThat(award.getSubjectKey()).isEqualTo(project);
    assertThat(award.getApprovedBy()).isEqualTo("keji");
    assertThat(award.getPolicyEdition()).isEqualTo("2024");
    assertThat(award.getProcessInstanceId()).isEqualTo(instance.getId());
    assertThat(applications.findById(instance.getBusinessKey()).orElseThrow().getStatus())
        .isEqualTo(ApplicationStatus.APPROVED);
    assertThat(historicVariable(instance, "applicationStatus")).isEqualTo("APPROVED");
    assertThat(historicVariable(instance, "awardAmount")).isEqualTo("30000.00");
  }

  @Test
  void townshipReturnsForCorrectionAndTheAmountIsComputedAgain() {
    String project = uniqueProjectCode();
    ProcessInstance instance = driver.start(PROGRAM, "applicant2");
    driver.complete(instance, "filing", "applicant2", with(noStopConstruction(project), "workersDay3", 0));
    assertThat(driver.variables(instance))
        .containsEntry("eligible", false)
        .containsEntry("awardAmount", "0.00")
        .containsEntry("eligibilityNotes", "第18条：2月12日（正月初三）施工人数为0，视为停工");

    driver.complete(instance, "townshipVerification", "dongyuan", township("RETURN", "初三考勤表显示有施工，请核对后重报"));
    assertThat(instance).isWaitingAt("filing").task().isAssignedTo("applicant2");
    Map<String, Object> returned = driver.variables(instance);
    assertThat(returned)
        .containsEntry("applicationStatus", "RETURNED")
        .containsEntry("returnComment", "初三考勤表显示有施工，请核对后重报")
        .containsEntry("returnedBy", "乡镇核实")
        .containsEntry("projectCode", project)
        .containsEntry("workersDay3", 0);

    driver.complete(instance, "filing", "applicant2", with(noStopConstruction(project), "workersDay3", 55));
    assertThat(instance).isWaitingAt("townshipVerification");
    assertThat(driver.variables(instance))
        .containsEntry("eligible", true)
        .containsEntry("awardAmount", "30000.00")
        .doesNotContainKey("returnComment")
        .doesNotContainKey("townshipDecision");

    driver.complete(instance, "townshipVerification", "dongyuan", township("APPROVE", null));
    driver.complete(instance, "bureauApproval", "keji", bureau("APPROVE", null));
    driver.runJobs(instance);
    assertThat(instance).isEnded();
    assertThat(awards.findByBusinessKey(instance.getBusinessKey()).orElseThrow().getAmount())
        .isEqualByComparingTo("30000.00");
  }

  @Test
  void unitRejectsAndTheReasonIsKept() {
    String project = uniqueProjectCode();
    ProcessInstance instance = driver.start(PROGRAM, "applicant2");
    driver.complete(instance, "filing", "applicant2", noStopConstruction(project));
    driver.complete(instance, "townshipVerification", "dongyuan", township("APPROVE", null));
    driver.complete(instance, "bureauApproval", "keji", bureau("REJECT", "该项目不在2024年省市重点项目清单内"));

    assertThat(instance).isEnded().hasPassed("rejected").hasNotPassed("recordAward");
    assertThat(awards.findByBusinessKey(instance.getBusinessKey())).isEmpty();
    var application = applications.findById(instance.getBusinessKey()).orElseThrow();
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(application.getRejectionReason()).isEqualTo("部门审批：该项目不在2024年省市重点项目清单内");
    assertThat(historicVariable(instance, "applicationStatus")).isEqualTo("REJECTED");
    assertThat(historicVariable(instance, "rejectionReason")).isEqualTo("部门审批：该项目不在2024年省市重点项目清单内");

    // a rejected application lets its project go: the company may apply again
    ProcessInstance again = driver.start(PROGRAM, "applicant2");
    driver.complete(again, "filing", "applicant2", noStopConstruction(project));
    assertThat(again).isWaitingAt("townshipVerification");
  }

  @Test
  void unitCannotApproveAnIneligibleFiling() {
    String project = uniqueProjectCode();
    ProcessInstance instance = driver.start(PROGRAM, "applicant2");
    driver.complete(instance, "filing", "applicant2", with(noStopConstruction(project), "projectLevel", "DISTRICT"));
    driver.complete(instance, "townshipVerification", "dongyuan", township("APPROVE", null));

    assertThatThrownBy(() -> driver.complete(instance, "bureauApproval", "keji", bureau("APPROVE", null)))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("不符合条件，不能批准")
        .hasMessageContaining("第18条：项目级别为区级重点项目");
    assertThat(instance).isWaitingAt("bureauApproval");
    assertThat(applications.findById(instance.getBusinessKey()).orElseThrow().getStatus())
        .isEqualTo(ApplicationStatus.VERIFIED);

    driver.complete(instance, "bureauApproval", "keji", bureau("REJECT", "区级项目不在奖励范围"));
    assertThat(instance).isEnded().hasPassed("rejected");
    assertThat(awards.findByBusinessKey(instance.getBusinessKey())).isEmpty();
  }

  @Test
  void secondApplicationForTheSameProjectIsRefusedWhoeverApplies() {
    String project = uniqueProjectCode();
    ProcessInstance first = driver.start(PROGRAM, "applicant2");
    driver.complete(first, "filing", "applicant2", noStopConstruction(project));

    ProcessInstance byOtherCompany = driver.start(PROGRAM, "applicant6");
    assertThatThrownBy(() -> driver.complete(byOtherCompany, "filing", "applicant6", noStopConstruction(project.toLowerCase())))
        .isInstanceOf(Refusal.class)
        .hasMessage("提交未成功：项目（项目编号" + project.toLowerCase() + "）已有其他申请在办或已获奖补，不能重复申请");
    assertThat(byOtherCompany).isWaitingAt("filing");

    ProcessInstance bySameCompany = driver.start(PROGRAM, "applicant2");
    assertThatThrownBy(() -> driver.complete(bySameCompany, "filing", "applicant2", noStopConstruction(project)))
        .hasMessageContaining("本企业已就项目（项目编号" + project + "）提交申请（申请编号" + first.getBusinessKey() + "）");

    driver.complete(first, "townshipVerification", "dongyuan", township("APPROVE", null));
    driver.complete(first, "bureauApproval", "keji", bureau("APPROVE", null));
    driver.runJobs(first);
    assertThatThrownBy(() -> driver.complete(byOtherCompany, "filing", "applicant6", noStopConstruction(project)))
        .hasMessageContaining("已有其他申请在办或已获奖补");
    assertThat(awards.findAll()).filteredOn(a -> a.getSubjectKey().equals(project)).hasSize(1);
  }

  @Test
  void badFilingIsRefusedWithTheFieldNamedAndNothingWritten() {
    ProcessInstance instance = driver.start(PROGRAM, "applicant2");
    Map<String, Object> filing = with(with(noStopConstruction(uniqueProjectCode()), "workersDay2", -5), "projectLevel", "COUNTY");

    assertThatThrownBy(() -> driver.complete(instance, "filing", "applicant2", filing))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("「2月11日（正月初二）施工人数（人）」（workersDay2）不能为负数（收到：-5）")
        .hasMessageContaining("「项目级别」（projectLevel）不是有效选项");
    assertThat(instance).isWaitingAt("filing");
    var application = applications.findById(instance.getBusinessKey()).orElseThrow();
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.DRAFT);
    assertThat(application.getFilingJson()).isNull();
    assertThat(driver.variables(instance)).doesNotContainKey("workersDay2");
  }

  @Test
  void returnWithoutCommentIsRefused() {
    ProcessInstance instance = driver.start(PROGRAM, "applicant2");
    driver.complete(instance, "filing", "applicant2", noStopConstruction(uniqueProjectCode()));

    assertThatThrownBy(() -> driver.complete(instance, "townshipVerification", "dongyuan", township("RETURN", "  ")))
        .isInstanceOf(Refusal.class)
        .hasMessage("提交未成功：「乡镇核实意见」（townshipComment）选择“退回修改”时必须填写理由");
    assertThatThrownBy(() -> driver.complete(instance, "townshipVerification", "dongyuan", township("MAYBE", null)))
        .hasMessageContaining("「乡镇核实结论」（townshipDecision）不是有效选项，可选：APPROVE（核实通过）、REJECT（驳回）、RETURN（退回修改）");
    assertThat(instance).isWaitingAt("townshipVerification");
  }

  @Test
  void valuesSentForComputedVariablesAreOverwrittenFromTheStoredApplication() {
    ProcessInstance instance = driver.start(PROGRAM, "applicant2");
    Map<String, Object> filing = with(with(noStopConstruction(uniqueProjectCode()), "awardAmount", "999999.00"), "eligible", true);
    driver.complete(instance, "filing", "applicant2", with(filing, "projectLevel", "DISTRICT"));
    assertThat(driver.variables(instance)).containsEntry("awardAmount", "0.00").containsEntry("eligible", false);

    Map<String, Object> tampered = township("APPROVE", null);
    tampered.put("projectLevel", "PROVINCIAL");
    tampered.put("eligible", true);
    tampered.put("bureauDecision", "APPROVE");
    driver.complete(instance, "townshipVerification", "dongyuan", tampered);
    assertThat(driver.variables(instance))
        .containsEntry("projectLevel", "DISTRICT")
        .containsEntry("eligible", false)
        .doesNotContainKey("bureauDecision");
    assertThatThrownBy(() -> driver.complete(instance, "bureauApproval", "keji", bureau("APPROVE", null)))
        .hasMessageContaining("不能批准");
  }

  private Object historicVariable(ProcessInstance instance, String name) {
    return history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName(name)
        .singleResult().getValue();
  }
}
