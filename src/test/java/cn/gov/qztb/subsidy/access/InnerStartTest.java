package cn.gov.qztb.subsidy.access;

import static cn.gov.qztb.subsidy.support.Filings.noStopConstruction;
import static cn.gov.qztb.subsidy.support.Filings.township;
import static cn.gov.qztb.subsidy.support.Filings.uniqueProjectCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.qztb.subsidy.application.Application;
import cn.gov.qztb.subsidy.application.ApplicationRepository;
import cn.gov.qztb.subsidy.ledger.AwardRepository;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.Http;
import cn.gov.qztb.subsidy.support.ProcessTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Finding 2: a start at an inner step, under another enterprise's application number, must be
 * refused over REST, and even an instance started that way (by an administrator, through the Java
 * API) can neither create a task nor write to the application whose number it borrowed.
 */
@ProcessTest
class InnerStartTest {

  static final String START = "/engine-rest/process-definition/key/noStopConstructionBonus/start";

  @LocalServerPort int port;
  @Autowired ApplicationDriver driver;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired ApplicationRepository applications;
  @Autowired AwardRepository awards;

  Http http;
  ProcessInstance victim;

  @BeforeEach
  void victim() {
    http = new Http(port);
    victim = driver.start("noStopConstructionBonus", "applicant2");
    driver.complete(victim, "filing", "applicant2", noStopConstruction(uniqueProjectCode()));
  }

  @Test
  void startInstructionsABusinessKeyOrVariablesAreRefusedOverRest() {
    long before = runtime.createProcessInstanceQuery().count();
    Map<String, Object> inner = Map.of("businessKey", victim.getBusinessKey(),
        "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "townshipVerification")),
        "variables", Http.variables(Map.of("townshipDecision", "APPROVE")));
    assertRefused(http.basic("applicant6", "POST", START, inner), 400, "startInstructions");
    assertRefused(http.basic("applicant6", "POST", START, Map.of("businessKey", victim.getBusinessKey())), 400,
        "不能指定业务编号");
    assertRefused(http.basic("applicant6", "POST", START, Map.of("variables", Http.variables(Map.of("applicantUserId",
        "applicant2")))), 400, "applicantUserId");
    Http.Response township = http.basic("dongyuan", "POST", START, Map.of());
    assertRefused(township, 403, "您的账号无权执行此操作");
    assertThat(township.json().path("operation").asText()).isEqualTo("startProcessInstanceByKey");
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);

    Http.Response plain = http.basic("applicant6", "POST", START, Map.of());
    assertThat(plain.status()).isEqualTo(200);
    assertThat(plain.json().path("businessKey").asText()).matches("NSC-2024-\\d{6}").isNotEqualTo(victim.getBusinessKey());
  }

  @Test
  void anInstanceStartedAtAnInnerStepHasNoApplicationAndCannotTouchAnother() {
    Application before = applications.findById(victim.getBusinessKey()).orElseThrow();
    for (String step : List.of("filing", "townshipVerification", "bureauApproval")) {
      assertThatThrownBy(() -> driver.as("admin", () -> runtime.createProcessInstanceByKey("noStopConstructionBonus")
          .businessKey(victim.getBusinessKey()).startBeforeActivity(step)
          .setVariables(township("APPROVE", null)).execute()))
          .as(step).hasStackTraceContaining("没有对应的申请记录");
    }
    // the ledger step runs as a job: it fails (an incident once retries are spent), and records nothing
    ProcessInstance atLedger = driver.as("admin", () -> runtime.createProcessInstanceByKey("noStopConstructionBonus")
        .businessKey(victim.getBusinessKey()).startBeforeActivity("recordAward").execute());
    String job = management.createJobQuery().processInstanceId(atLedger.getId()).singleResult().getId();
    assertThatThrownBy(() -> management.executeJob(job)).hasStackTraceContaining("没有对应的申请记录");

    Application after = applications.findById(victim.getBusinessKey()).orElseThrow();
    assertThat(after.getStatus()).isEqualTo(before.getStatus());
    assertThat(after.getApprovedBy()).isNull();
    assertThat(awards.findByBusinessKey(victim.getBusinessKey())).isEmpty();
  }

  private static void assertRefused(Http.Response response, int status, String message) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.message()).contains(message);
  }
}
