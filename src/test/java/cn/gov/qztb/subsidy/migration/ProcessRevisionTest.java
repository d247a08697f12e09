package cn.gov.qztb.subsidy.migration;

import static cn.gov.qztb.subsidy.support.Filings.bureau;
import static cn.gov.qztb.subsidy.support.Filings.noStopConstruction;
import static cn.gov.qztb.subsidy.support.Filings.township;
import static cn.gov.qztb.subsidy.support.Filings.uniqueProjectCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.qztb.subsidy.ledger.AwardRepository;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.ProcessTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.util.LinkedMultiValueMap;

/**
 * An administrator deploys v2 of 春节不停工奖励 — with an extra step 项目办复核 and the approval step
 * renamed — through the REST API, the way Camunda Modeler does, while v1 applications wait, and
 * moves them. (Dirties its context: later tests must start on the repository's v1.)
 */
@ProcessTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ProcessRevisionTest {

  static final String PROGRAM = "noStopConstructionBonus";

  @Autowired ProcessEngine engine;
  @Autowired ApplicationDriver driver;
  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired AwardRepository awards;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @Test
  void waitingApplicationsMoveToTheRevisedProcessAndFinishThere() {
    ProcessInstance atTownship1 = filed();
    ProcessInstance atTownship2 = filed();
    ProcessInstance atBureau1 = verified();
    ProcessInstance atBureau2 = verified();

    assertThat(deployV2().getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(version(PROGRAM)).isEqualTo(2);
    assertThat(deployV2().getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(version(PROGRAM)).as("an unchanged re-deploy creates nothing new").isEqualTo(2);

    ProcessInstance fresh = driver.start(PROGRAM, "applicant2");
    assertThat(definitionVersion(fresh)).isEqualTo(2);
    assertThat(definitionVersion(atTownship1)).isEqualTo(1);

    assertThat(rest.withBasicAuth("keji", "demo").getForEntity("/api/admin/migrations/" + PROGRAM, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    JsonNode dryRun = rest.withBasicAuth("admin", "demo").getForObject("/api/admin/migrations/" + PROGRAM, JsonNode.class);
    assertThat(ids(dryRun, "movable")).contains(atTownship1.getId(), atTownship2.getId());
    assertThat(ids(dryRun, "blocked")).contains(atBureau1.getId(), atBureau2.getId());
    assertThat(dryRun.path("versions").get(0).path("blocked").get(0).path("reason").asText())
        .contains("「部门审批」（bureauApproval）").contains("版本2中没有对应环节");
    assertThat(definitionVersion(atTownship1)).as("a dry run moves nothing").isEqualTo(1);

    JsonNode executed = post(Map.of("execute", true));
    runBatch(executed.path("versions").get(0).path("batchId").asText());
    assertThat(definitionVersion(atTownship1)).isEqualTo(2);
    assertThat(definitionVersion(atTownship2)).isEqualTo(2);
    assertThat(definitionVersion(atBureau1)).as("blocked instances stay where they are").isEqualTo(1);

    // moved: finishes on v2, through the new step
    driver.complete(atTownship1, "townshipVerification", "dongyuan", township("APPROVE", null));
    driver.complete(atTownship1, "projectOfficeReview", "xiangmu", Map.of());
    driver.complete(atTownship1, "unitApproval", "keji", bureau("APPROVE", null));
    driver.runJobs(atTownship1);
    assertThat(atTownship1).isEnded().hasPassed("projectOfficeReview", "awarded");
    assertThat(awards.findByBusinessKey(atTownship1.getBusinessKey()).orElseThrow().getAmount()).isEqualByComparingTo("30000.00");

    // blocked: not broken, finishes on v1
    driver.complete(atBureau1, "bureauApproval", "keji", bureau("APPROVE", null));
    driver.runJobs(atBureau1);
    assertThat(atBureau1).isEnded().hasPassed("awarded");
    assertThat(awards.findByBusinessKey(atBureau1.getBusinessKey()).orElseThrow().getAmount()).isEqualByComparingTo("30000.00");

    // with the administrator's mapping, the other one moves too
    JsonNode mapped = post(Map.of("execute", true, "mappings", List.of(Map.of("from", "bureauApproval", "to", "unitApproval"))));
    assertThat(ids(mapped, "blocked")).isEmpty();
    runBatch(mapped.path("versions").get(0).path("batchId").asText());
    assertThat(definitionVersion(atBureau2)).isEqualTo(2);
    driver.complete(atBureau2, "unitApproval", "keji", bureau("APPROVE", null));
    driver.runJobs(atBureau2);
    assertThat(atBureau2).isEnded().hasPassed("awarded");
  }

  @Test
  void aChangedFileInProcessesBecomesANewVersionOfThatProgramOnly() throws IOException {
    Path processes = Files.createTempDirectory("revision").resolve("processes");
    for (String file : List.of("gasPriceDiscount/gasPriceDiscount.bpmn", "gasPriceDiscount/gasPriceDiscount-filing.form",
        "ipoSupport/ipoSupport.bpmn", "ipoSupport/ipoSupport-filing.form",
        "shared/township-verification.form", "shared/bureau-approval.form")) {
      Path target = processes.resolve(file);
      Files.createDirectories(target.getParent());
      Files.copy(Path.of("processes", file), target);
    }
    int gas = version("gasPriceDiscount");
    int ipo = version("ipoSupport");
    cn.gov.qztb.subsidy.workflow.ProgramDeployer deployer =
        new cn.gov.qztb.subsidy.workflow.ProgramDeployer(repository, processes.toUri().toString());

    assertThat(deployer.deployAll()).isEmpty();
    Path bpmn = processes.resolve("gasPriceDiscount/gasPriceDiscount.bpmn");
    Files.writeString(bpmn, Files.readString(bpmn).replace("气价优惠。", "气价优惠（修订）。"));

    assertThat(deployer.deployAll()).hasSize(1);
    assertThat(version("gasPriceDiscount")).isEqualTo(gas + 1);
    assertThat(version("ipoSupport")).isEqualTo(ipo);
    assertThat(deployer.deployAll()).isEmpty();
  }

  private ProcessInstance filed() {
    ProcessInstance instance = driver.start(PROGRAM, "applicant2");
    driver.complete(instance, "filing", "applicant2", noStopConstruction(uniqueProjectCode()));
    return instance;
  }

  private ProcessInstance verified() {
    ProcessInstance instance = filed();
    driver.complete(instance, "townshipVerification", "dongyuan", township("APPROVE", null));
    return instance;
  }

  /** What Camunda Modeler's "Deploy" does: a multipart POST with the BPMN and its forms. */
  private ResponseEntity<String> deployV2() {
    LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("deployment-name", PROGRAM + "（修订版）");
    form.add("deployment-source", "Camunda Modeler");
    form.add(PROGRAM + ".bpmn", file("revisions/noStopConstructionBonus-v2.bpmn", PROGRAM + ".bpmn"));
    form.add("project-office-review.form", file("revisions/project-office-review.form", "project-office-review.form"));
    for (String name : List.of("noStopConstructionBonus/noStopConstructionBonus-filing.form",
        "shared/township-verification.form", "shared/bureau-approval.form")) {
      String fileName = name.substring(name.indexOf('/') + 1);
      form.add(fileName, file("processes/" + name, fileName));
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth("admin", "demo").postForEntity("/engine-rest/deployment/create",
        new HttpEntity<>(form, headers), String.class);
  }

  private static ByteArrayResource file(String classpath, String fileName) {
    try {
      return new ByteArrayResource(new ClassPathResource(classpath).getContentAsByteArray()) {
        @Override
        public String getFilename() {
          return fileName;
        }
      };
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonNode post(Map<String, Object> request) {
    ResponseEntity<JsonNode> response = rest.withBasicAuth("admin", "demo")
        .postForEntity("/api/admin/migrations/" + PROGRAM, request, JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private void runBatch(String batchId) {
    Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
    for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
        batch.getMonitorJobDefinitionId())) {
      for (Job job : management.createJobQuery().jobDefinitionId(definition).list()) {
        management.executeJob(job.getId());
      }
    }
  }

  private static List<String> ids(JsonNode report, String list) {
    List<String> ids = new ArrayList<>();
    report.path("versions").forEach(version -> version.path(list).forEach(i -> ids.add(i.path("processInstanceId").asText())));
    return ids;
  }

  private int version(String key) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getVersion();
  }

  private int definitionVersion(ProcessInstance instance) {
    String definitionId = runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getProcessDefinitionId();
    return repository.getProcessDefinition(definitionId).getVersion();
  }
}
