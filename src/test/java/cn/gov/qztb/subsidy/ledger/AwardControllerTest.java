package cn.gov.qztb.subsidy.ledger;

import static cn.gov.qztb.subsidy.support.Filings.bureau;
import static cn.gov.qztb.subsidy.support.Filings.noStopConstruction;
import static cn.gov.qztb.subsidy.support.Filings.township;
import static cn.gov.qztb.subsidy.support.Filings.uniqueProjectCode;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.ProcessTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@ProcessTest
class AwardControllerTest {

  @Autowired TestRestTemplate rest;
  @Autowired ApplicationDriver driver;

  @Test
  void withoutCredentialsTheAnswerIs401AndNothingElse() {
    ResponseEntity<String> response = rest.getForEntity("/api/awards", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getBody()).isEqualTo("{\"message\":\"请先登录\"}");
    assertThat(rest.withBasicAuth("applicant7", "wrong").getForEntity("/api/awards", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aLoggedInUserGetsTheRecordsWithExactAmounts() {
    String project = uniqueProjectCode();
    ProcessInstance instance = driver.start("noStopConstructionBonus", "applicant2");
    driver.complete(instance, "filing", "applicant2", noStopConstruction(project));
    driver.complete(instance, "townshipVerification", "dongyuan", township("APPROVE", null));
    driver.complete(instance, "bureauApproval", "keji", bureau("APPROVE", null));
    driver.runJobs(instance);

    ResponseEntity<JsonNode> response = rest.withBasicAuth("admin", "demo").getForEntity("/api/awards", JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode award = null;
    for (JsonNode node : response.getBody()) {
      if (node.path("applicationNumber").asText().equals(instance.getBusinessKey())) {
        award = node;
      }
    }
    assertThat(award).isNotNull();
    assertThat(award.path("amount").isTextual()).isTrue();
    assertThat(award.path("amount").asText()).isEqualTo("30000.00");
    assertThat(award.path("clause").asInt()).isEqualTo(18);
    assertThat(award.path("subjectKey").asText()).isEqualTo(project);
    assertThat(award.path("approvedBy").asText()).isEqualTo("keji");
  }
}
