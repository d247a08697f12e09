package cn.gov.qztb.subsidy.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.Filings;
import cn.gov.qztb.subsidy.support.ProcessTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A REST client that bypasses the form is refused with 400 and the Chinese message in the error body. */
@ProcessTest
class FilingOverRestTest {

  @Autowired TestRestTemplate rest;
  @Autowired ApplicationDriver driver;

  @Test
  void submitFormWithANegativeCountIsRefusedWithTheFieldNamed() {
    ProcessInstance instance = driver.start("noStopConstructionBonus", "applicant2");
    String taskId = driver.task(instance, "filing").getId();
    Map<String, Object> variables = new LinkedHashMap<>();
    Filings.with(Filings.noStopConstruction(Filings.uniqueProjectCode()), "workersDay4", -1)
        .forEach((name, value) -> variables.put(name, Map.of("value", value)));

    ResponseEntity<JsonNode> response = rest.withBasicAuth("applicant2", "demo").postForEntity(
        "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables), JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("message").asText()).as("the message alone, no task id or exception")
        .isEqualTo("提交未成功：「2月13日（正月初四）施工人数（人）」（workersDay4）不能为负数（收到：-1）");
    assertThat(driver.task(instance, "filing").getId()).isEqualTo(taskId);
  }

  @Test
  void completeWithAReturnWithoutReasonIsRefusedTheSameWay() {
    ProcessInstance instance = driver.start("noStopConstructionBonus", "applicant2");
    driver.complete(instance, "filing", "applicant2", Filings.noStopConstruction(Filings.uniqueProjectCode()));
    String taskId = driver.task(instance, "townshipVerification").getId();

    ResponseEntity<JsonNode> response = rest.withBasicAuth("dongyuan", "demo").postForEntity(
        "/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", Map.of("townshipDecision", Map.of("value", "RETURN"))), JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("message").asText())
        .contains("「乡镇核实意见」（townshipComment）选择“退回修改”时必须填写理由");
    assertThat(driver.task(instance, "townshipVerification").getId()).isEqualTo(taskId);
  }
}
