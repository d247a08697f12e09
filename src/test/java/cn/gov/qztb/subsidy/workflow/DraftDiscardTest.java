package cn.gov.qztb.subsidy.workflow;

import static cn.gov.qztb.subsidy.support.Filings.noStopConstruction;
import static cn.gov.qztb.subsidy.support.Filings.township;
import static cn.gov.qztb.subsidy.support.Filings.uniqueProjectCode;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.application.ApplicationEvent;
import cn.gov.qztb.subsidy.application.ApplicationEventRepository;
import cn.gov.qztb.subsidy.application.ApplicationRepository;
import cn.gov.qztb.subsidy.application.ApplicationStatus;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.Http;
import cn.gov.qztb.subsidy.support.ProcessTest;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 放弃申请: only the enterprise's staff, only before filing, and nothing else changes when refused. */
@ProcessTest
class DraftDiscardTest {

  static final String PROGRAM = "noStopConstructionBonus";

  @LocalServerPort int port;
  @Autowired ApplicationDriver driver;
  @Autowired ApplicationRepository applications;
  @Autowired ApplicationEventRepository events;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  Http.Response discard(String user, String number) {
    return http.basic(user, "POST", "/api/applications/" + number + "/discard", null);
  }

  ApplicationStatus status(ProcessInstance instance) {
    return applications.findById(instance.getBusinessKey()).orElseThrow().getStatus();
  }

  @Test
  void aColleagueOfTheApplicantDiscardsTheDraftAndTheProcessEnds() {
    ProcessInstance instance = driver.start("exhibitionSubsidy", "applicant3");
    Http.Response response = discard("applicant3", instance.getBusinessKey());

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("status").asText()).isEqualTo("DISCARDED");
    assertThat(status(instance)).isEqualTo(ApplicationStatus.DISCARDED);
    assertThat(driver.isRunning(instance)).isFalse();
    assertThat(events.findByBusinessKeyOrderByIdAsc(instance.getBusinessKey()))
        .extracting(ApplicationEvent::getAction, ApplicationEvent::getActor)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ApplicationEvent.Action.OPENED, "applicant3"),
            org.assertj.core.groups.Tuple.tuple(ApplicationEvent.Action.DISCARDED, "applicant3"));
    assertThat(discard("applicant3", instance.getBusinessKey()).status()).as("once only").isEqualTo(409);
  }

  @Test
  void aReturnedFilingMayBeDiscardedAndFreesItsProject() {
    String project = uniqueProjectCode();
    ProcessInstance instance = driver.start(PROGRAM, "applicant2");
    driver.complete(instance, "filing", "applicant2", noStopConstruction(project));
    assertThat(discard("applicant2", instance.getBusinessKey()).status()).as("filed: under review").isEqualTo(409);
    assertThat(status(instance)).isEqualTo(ApplicationStatus.FILED);

    driver.complete(instance, "townshipVerification", "dongyuan", township("RETURN", "请补充考勤表"));
    assertThat(discard("applicant2", instance.getBusinessKey()).status()).isEqualTo(200);
    assertThat(status(instance)).isEqualTo(ApplicationStatus.DISCARDED);

    ProcessInstance again = driver.start(PROGRAM, "applicant2");
    driver.complete(again, "filing", "applicant2", noStopConstruction(project));
    assertThat(status(again)).isEqualTo(ApplicationStatus.FILED);
  }

  @Test
  void nobodyElseMayDiscardItAndNothingChangesWhenRefused() {
    ProcessInstance instance = driver.start(PROGRAM, "applicant2");
    String number = instance.getBusinessKey();
    for (String outsider : new String[] {"applicant1", "applicant5", "dongyuan", "keji", "caijin"}) {
      Http.Response refused = discard(outsider, number);
      assertThat(refused.status()).as(outsider).isEqualTo(404);
      assertThat(refused.message()).as(outsider).contains("没有找到申请").doesNotContain("Exception");
    }
    assertThat(discard(null, number).status()).as("anonymous").isEqualTo(401);
    assertThat(discard("applicant2", "NSC-2024-999999").status()).isEqualTo(404);
    assertThat(discard("applicant2", "%25").status()).isEqualTo(404);
    assertThat(discard("applicant2", "A".repeat(300)).status()).isEqualTo(404);

    // the engine's own message correlation is not open to enterprises
    Http.Response overRest = http.basic("applicant2", "POST", "/engine-rest/message",
        Map.of("messageName", "discardDraft", "processInstanceId", instance.getId()));
    assertThat(overRest.status()).isEqualTo(403);

    assertThat(status(instance)).isEqualTo(ApplicationStatus.DRAFT);
    assertThat(driver.isRunning(instance)).isTrue();
    assertThat(events.findByBusinessKeyOrderByIdAsc(number)).extracting(ApplicationEvent::getAction)
        .containsExactly(ApplicationEvent.Action.OPENED);
  }
}
