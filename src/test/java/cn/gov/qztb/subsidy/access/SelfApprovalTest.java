package cn.gov.qztb.subsidy.access;

import static cn.gov.qztb.subsidy.support.Filings.bureau;
import static cn.gov.qztb.subsidy.support.Filings.noStopConstruction;
import static cn.gov.qztb.subsidy.support.Filings.township;
import static cn.gov.qztb.subsidy.support.Filings.uniqueProjectCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.application.ApplicationRepository;
import cn.gov.qztb.subsidy.application.ApplicationStatus;
import cn.gov.qztb.subsidy.ledger.AwardRepository;
import cn.gov.qztb.subsidy.reference.EnterpriseKind;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.Http;
import cn.gov.qztb.subsidy.support.ProcessTest;
import cn.gov.qztb.subsidy.support.TestEnterprises.Staff;
import cn.gov.qztb.subsidy.support.TestEnterprises;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Finding 1 and 5 of the security review: a filing that carries routing variables
 * ({@code townshipGroup}, {@code approvingUnitGroup}) or display values ({@code enterpriseName})
 * must route nothing and show nothing forged, and nobody outside the group the record names may
 * decide a step, whatever they managed to do to the task.
 */
@ProcessTest
class SelfApprovalTest {

  @LocalServerPort int port;
  @Autowired ApplicationDriver driver;
  @Autowired TestEnterprises enterprises;
  @Autowired TaskService tasks;
  @Autowired ApplicationRepository applications;
  @Autowired AwardRepository awards;

  Http http;
  Staff applicant;

  @BeforeEach
  void applicant() {
    http = new Http(port);
    applicant = enterprises.staffOfNew(EnterpriseKind.CONSTRUCTION, "luoyang");
  }

  @Test
  void aFilingThatNamesWhoReviewsIsRefusedOverRestNamingTheVariable() {
    ProcessInstance instance = driver.start("noStopConstructionBonus", applicant.userId());
    String filing = driver.task(instance, "filing").getId();
    Map<String, Object> values = new HashMap<>(noStopConstruction(uniqueProjectCode()));
    values.put("townshipGroup", "enterprise" + applicant.enterpriseCode());

    for (String operation : new String[] {"complete", "submit-form"}) {
      Http.Response response = http.basic(applicant.userId(), "POST", "/engine-rest/task/" + filing + "/" + operation,
          Map.of("variables", Http.variables(values)));
      assertThat(response.status()).isEqualTo(400);
      assertThat(response.message()).contains("townshipGroup").contains("不能提交本环节表单以外的数据");
    }
    assertThat(driver.task(instance, "filing").getId()).isEqualTo(filing);
    assertThat(status(instance)).isEqualTo(ApplicationStatus.DRAFT);
  }

  @Test
  void routingVariablesThatGetThroughRouteNothing() {
    ProcessInstance instance = driver.start("noStopConstructionBonus", applicant.userId());
    Map<String, Object> values = new HashMap<>(noStopConstruction(uniqueProjectCode()));
    String ownGroup = "enterprise" + applicant.enterpriseCode();
    values.put("townshipGroup", ownGroup);
    values.put("approvingUnitGroup", ownGroup);
    values.put("enterpriseName", "伪造的企业名称");
    // the Java API has no gate: the process itself must not listen to these variables
    driver.complete(instance, "filing", applicant.userId(), values);

    String township = driver.task(instance, "townshipVerification").getId();
    assertThat(tasks.getIdentityLinksForTask(township)).extracting(IdentityLink::getGroupId)
        .containsExactly("townshipLuoyang");
    assertThat(driver.variables(instance).get("enterpriseName")).as("the township sees the registered name")
        .isEqualTo(enterprises.nameOf(applicant));
    assertThat(http.basic(applicant.userId(), "POST", "/engine-rest/task/" + township + "/claim",
        Map.of("userId", applicant.userId())).status()).isEqualTo(403);

    driver.complete(instance, "townshipVerification", "luoyang", township("APPROVE", null));
    assertThat(tasks.getIdentityLinksForTask(driver.task(instance, "bureauApproval").getId()))
        .extracting(IdentityLink::getGroupId).containsExactly("unitKeji");
  }

  @Test
  void anApplicantMadeCandidateOfTheTownshipsTaskStillCannotDecideIt() {
    ProcessInstance instance = driver.start("noStopConstructionBonus", applicant.userId());
    driver.complete(instance, "filing", applicant.userId(), noStopConstruction(uniqueProjectCode()));
    String township = driver.task(instance, "townshipVerification").getId();
    // however it came about (an administrator's slip, a gap elsewhere), the applicant can now work the task
    driver.as("admin", () -> { tasks.addCandidateUser(township, applicant.userId()); return null; });
    driver.as(applicant.userId(), () -> { tasks.claim(township, applicant.userId()); return null; });

    assertThatThrownBy(() -> driver.complete(instance, "townshipVerification", applicant.userId(), township("APPROVE", null)))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("不是“洛阳镇”的经办人员");
    Http.Response overRest = http.basic(applicant.userId(), "POST", "/engine-rest/task/" + township + "/complete",
        Map.of("variables", Http.variables(Map.of("townshipDecision", "APPROVE"))));
    assertThat(overRest.status()).isEqualTo(403);
    assertThat(overRest.message()).contains("不能办理申请").contains("乡镇核实");
    assertThat(driver.task(instance, "townshipVerification").getId()).isEqualTo(township);
    assertThat(status(instance)).isEqualTo(ApplicationStatus.FILED);
  }

  @Test
  void aTownshipMadeCandidateOfTheUnitsTaskCannotApprove() {
    ProcessInstance instance = driver.start("noStopConstructionBonus", applicant.userId());
    driver.complete(instance, "filing", applicant.userId(), noStopConstruction(uniqueProjectCode()));
    Map<String, Object> routed = new HashMap<>(township("APPROVE", null));
    routed.put("approvingUnitGroup", "townshipLuoyang");
    String townshipTask = driver.task(instance, "townshipVerification").getId();
    Http.Response refused = http.basic("luoyang", "POST", "/engine-rest/task/" + townshipTask + "/complete",
        Map.of("variables", Http.variables(routed)));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.message()).contains("approvingUnitGroup");

    driver.complete(instance, "townshipVerification", "luoyang", routed);
    String unitTask = driver.task(instance, "bureauApproval").getId();
    driver.as("admin", () -> { tasks.addCandidateGroup(unitTask, "townshipLuoyang"); return null; });

    assertThatThrownBy(() -> driver.complete(instance, "bureauApproval", "luoyang", bureau("APPROVE", null)))
        .isInstanceOf(Refusal.class).hasMessageContaining("不是“区科技经济发展局”的经办人员");
    assertThat(status(instance)).isEqualTo(ApplicationStatus.VERIFIED);
    assertThat(awards.findByBusinessKey(instance.getBusinessKey())).isEmpty();
  }

  private ApplicationStatus status(ProcessInstance instance) {
    return applications.findByProcessInstanceId(instance.getId()).orElseThrow().getStatus();
  }
}
