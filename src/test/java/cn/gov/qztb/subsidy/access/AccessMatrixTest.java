package cn.gov.qztb.subsidy.access;

import static cn.gov.qztb.subsidy.support.Filings.bureau;
import static cn.gov.qztb.subsidy.support.Filings.noStopConstruction;
import static cn.gov.qztb.subsidy.support.Filings.township;
import static cn.gov.qztb.subsidy.support.Filings.uniqueProjectCode;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.ProcessTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Each demo role against its own and other parties' applications, over REST with real HTTP Basic
 * credentials: what the rightful party may see and do, and what everyone else may not.
 */
@ProcessTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

  @Autowired TestRestTemplate rest;
  @Autowired ApplicationDriver driver;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired RepositoryService repository;

  /** applicant2's (东园镇) application at 乡镇核实, with an internal note on the township's task. */
  ProcessInstance atTownship;
  /** applicant2's application at 部门审批 of 区科技经济发展局. */
  ProcessInstance atBureau;
  /** applicant2's awarded application. */
  ProcessInstance awarded;
  /** applicant2's application still at 填报申请. */
  ProcessInstance drafting;
  /** applicant1's (洛阳镇) IPO application at 乡镇核实 (approved later by 区财政金融与国资局). */
  ProcessInstance ofApplicant1;

  final List<String> cases = new ArrayList<>();

  @BeforeAll
  void applications() {
    atTownship = filed("applicant2", noStopConstruction(uniqueProjectCode()), "noStopConstructionBonus");
    String townshipTask = driver.task(atTownship, "townshipVerification").getId();
    driver.as("dongyuan", () -> tasks.createComment(townshipTask, atTownship.getId(), "内部备注：现场核查安排在下周"));
    driver.as("applicant2", () -> tasks.createComment(null, atTownship.getId(), "企业说明：考勤表已上传"));

    atBureau = filed("applicant2", noStopConstruction(uniqueProjectCode()), "noStopConstructionBonus");
    driver.complete(atBureau, "townshipVerification", "dongyuan", township("APPROVE", null));

    awarded = filed("applicant2", noStopConstruction(uniqueProjectCode()), "noStopConstructionBonus");
    driver.complete(awarded, "townshipVerification", "dongyuan", township("APPROVE", null));
    driver.complete(awarded, "bureauApproval", "keji", bureau("APPROVE", null));
    driver.runJobs(awarded);

    drafting = driver.start("noStopConstructionBonus", "applicant2");

    ofApplicant1 = filed("applicant1", Map.of("stage", "LISTED", "stageDate", "2024-03-20", "evidenceNumber", "深证上〔2024〕1号"),
        "ipoSupport");
  }

  @AfterAll
  void count() {
    System.out.printf("AccessMatrixTest: %d access cases checked (%d over REST with HTTP Basic, %d through the Java API)%n",
        cases.size(), cases.stream().filter(c -> !c.startsWith("Java:")).count(),
        cases.stream().filter(c -> c.startsWith("Java:")).count());
  }

  @Test
  void withoutCredentialsEverythingIs401ButTheEngineList() {
    for (String path : List.of("/engine-rest/process-instance/" + atTownship.getId(), "/engine-rest/task",
        "/engine-rest/history/process-instance", "/engine-rest/deployment", "/api/awards")) {
      expect("anonymous GET " + path, rest.getForEntity(path, String.class).getStatusCode().value(), 401);
    }
    expect("anonymous GET /engine-rest/engine", rest.getForEntity("/engine-rest/engine", String.class).getStatusCode().value(), 200);
    // (a user not used elsewhere here: a failed login makes the engine hold back that user for a few seconds)
    expect("wrong password", rest.withBasicAuth("applicant8", "wrong").getForEntity("/engine-rest/task", String.class)
        .getStatusCode().value(), 401);
  }

  @Test
  void applicantsSeeTheirOwnEnterpriseOnly() {
    canRead("applicant2", atTownship);
    canRead("applicant2", awarded);
    cannotRead("applicant2", ofApplicant1);
    canRead("applicant1", ofApplicant1);
    canRead("applicant1b", ofApplicant1); // a colleague of the same enterprise
    cannotRead("applicant1", atTownship);
    cannotRead("applicant3", atTownship);
    cannotRead("applicant3", ofApplicant1);
    // same township, another enterprise: the township's tenant gives enterprises nothing of each other's
    cannotRead("applicant5", atTownship);
    seesTask("applicant5", drafting, false);
    cannotRead("applicant6", ofApplicant1);
    seesTask("applicant6", ofApplicant1, false);

    seesTask("applicant1b", ofApplicant1, false); // filing is done; the township task is not theirs
    seesTask("applicant2", atTownship, false);
    seesAward("applicant2", awarded, true);
    seesAward("applicant1", awarded, false);
  }

  @Test
  void applicantsDoNotSeeTheOfficialsInternalNotes() {
    List<String> ownView = comments("applicant2", atTownship);
    expect("applicant2 reads own comment only", ownView.toString(), List.of("企业说明：考勤表已上传").toString());
    List<String> townshipView = comments("dongyuan", atTownship);
    expect("dongyuan reads every comment", townshipView.size(), 2);
  }

  @Test
  void townshipVerifiersSeeTheirTownshipOnly() {
    canRead("dongyuan", atTownship);
    seesTask("dongyuan", atTownship, true);
    cannotRead("dongyuan", ofApplicant1);
    seesTask("dongyuan", ofApplicant1, false);
    canRead("luoyang", ofApplicant1);
    seesTask("luoyang", ofApplicant1, true);
    cannotRead("luoyang", atTownship);
    seesTask("zhangban", atTownship, false);
    // a township reads every task of its own enterprises' applications, and works only its own
    seesTask("dongyuan", drafting, true);
    seesTask("luoyang", drafting, false);
    seesAward("dongyuan", awarded, true);
    seesAward("luoyang", awarded, false);
  }

  @Test
  void unitsFollowTheirProgramsReadOnly() {
    canRead("keji", atBureau);
    canRead("keji", atTownship);
    seesTask("keji", atBureau, true);
    seesTask("keji", atTownship, true); // read-only: a unit follows every step of its programs
    cannotRead("keji", ofApplicant1); // IPO is 区财政金融与国资局's program
    canRead("caijin", ofApplicant1);
    cannotRead("caijin", atBureau);
    cannotRead("minsheng", atBureau);
    seesAward("keji", awarded, true);
    seesAward("minsheng", awarded, false);
    seesAward("caijin", awarded, true); // 区财政金融与国资局 reads the whole ledger

    expect("keji deletes an instance", status("keji", HttpMethod.DELETE, "/engine-rest/process-instance/" + atBureau.getId(), null), 403);
    expect("keji edits a variable", status("keji", HttpMethod.PUT,
        "/engine-rest/process-instance/" + atBureau.getId() + "/variables/awardAmount", Map.of("value", "999999.00")), 403);
    expect("keji suspends an instance", status("keji", HttpMethod.PUT,
        "/engine-rest/process-instance/" + atBureau.getId() + "/suspended", Map.of("suspended", true)), 403);
  }

  @Test
  void onlyAdministratorsDeployAndGrant() {
    for (String user : List.of("applicant1", "dongyuan", "keji", "caijin")) {
      expect(user + " deploys", deploy(user), 403);
      expect(user + " grants", status(user, HttpMethod.POST, "/engine-rest/authorization/create",
          Map.of("type", 1, "permissions", List.of("ALL"), "userId", user, "resourceType", 0, "resourceId", "*")), 403);
    }
    expect("admin deploys", deploy("admin"), 200);
    canRead("admin", ofApplicant1);
    canRead("admin", atTownship);
    seesAward("admin", awarded, true);
  }

  @Test
  void theJavaApiWithTheEngineAuthenticationSetHonoursTheSameRules() {
    javaReads("applicant2", atTownship, true);
    javaReads("applicant2", ofApplicant1, false);
    javaReads("applicant1b", ofApplicant1, true);
    javaReads("dongyuan", atTownship, true);
    javaReads("dongyuan", ofApplicant1, false);
    javaReads("keji", atBureau, true);
    javaReads("keji", ofApplicant1, false);
    javaReads("caijin", ofApplicant1, true);
    javaReads("caijin", atBureau, false);
    javaReads("admin", ofApplicant1, true);
    expect("Java: dongyuan sees the township task", driver.as("dongyuan",
        () -> tasks.createTaskQuery().processInstanceId(atTownship.getId()).count()), 1L);
    expect("Java: keji sees the township task", driver.as("keji",
        () -> tasks.createTaskQuery().processInstanceId(atTownship.getId()).count()), 1L);
    expect("Java: minsheng does not see keji's program's task", driver.as("minsheng",
        () -> tasks.createTaskQuery().processInstanceId(atTownship.getId()).count()), 0L);
    String townshipTask = driver.openTaskId(atTownship);
    expect("Java: keji completes the township's task", denied("keji",
        () -> { tasks.complete(townshipTask, bureau("APPROVE", null)); return null; }), true);
    expect("Java: keji claims the township's task", denied("keji",
        () -> { tasks.claim(townshipTask, "keji"); return null; }), true);
    String filingTask = driver.openTaskId(drafting);
    expect("Java: dongyuan completes an enterprise's filing", denied("dongyuan",
        () -> { tasks.complete(filingTask, noStopConstruction(uniqueProjectCode())); return null; }), true);
    expect("Java: applicant5 sees applicant2's filing", driver.as("applicant5",
        () -> tasks.createTaskQuery().taskId(filingTask).count()), 0L);
    expect("Java: applicant1 deploys", denied("applicant1", () -> repository.createDeployment()
        .addString("probe.bpmn", "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" targetNamespace=\"t\"/>")
        .deploy()), true);
    expect("Java: keji deletes an instance", denied("keji",
        () -> { runtime.deleteProcessInstance(atBureau.getId(), "test"); return null; }), true);
    expect("Java: keji edits a variable", denied("keji",
        () -> { runtime.setVariable(atBureau.getId(), "awardAmount", "999999.00"); return null; }), true);
    String luoyangTask = driver.openTaskId(ofApplicant1);
    expect("Java: dongyuan completes another township's task", denied("dongyuan",
        () -> { tasks.complete(luoyangTask, township("APPROVE", null)); return null; }), true);
  }

  private void javaReads(String user, ProcessInstance instance, boolean allowed) {
    long expected = allowed ? 1 : 0;
    expect("Java: " + user + " queries process instance " + instance.getBusinessKey(), driver.as(user,
        () -> runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()), expected);
    expect("Java: " + user + " queries history " + instance.getBusinessKey(), driver.as(user,
        () -> history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).count()), expected);
    expect("Java: " + user + " queries variables " + instance.getBusinessKey(), driver.as(user,
        () -> runtime.createVariableInstanceQuery().processInstanceIdIn(instance.getId()).count() > 0), allowed);
  }

  private boolean denied(String user, java.util.concurrent.Callable<?> action) {
    try {
      driver.as(user, action);
      return false;
    } catch (AuthorizationException e) {
      return true;
    }
  }

  private ProcessInstance filed(String user, Map<String, Object> filing, String program) {
    ProcessInstance instance = driver.start(program, user);
    driver.complete(instance, "filing", user, filing);
    return instance;
  }

  private void canRead(String user, ProcessInstance instance) {
    reads(user, instance, true);
  }

  private void cannotRead(String user, ProcessInstance instance) {
    reads(user, instance, false);
  }

  private void reads(String user, ProcessInstance instance, boolean allowed) {
    String id = instance.getId();
    boolean running = driver.isRunning(instance);
    if (running) {
      expect(user + " GET process-instance " + instance.getBusinessKey(),
          get(user, "/engine-rest/process-instance/" + id).getStatusCode().value(), allowed ? 200 : 404);
      expect(user + " GET process-instance variables " + instance.getBusinessKey(),
          get(user, "/engine-rest/process-instance/" + id + "/variables").getStatusCode().value() == 200, allowed);
    }
    expect(user + " GET history/process-instance " + instance.getBusinessKey(),
        get(user, "/engine-rest/history/process-instance/" + id).getStatusCode().value(), allowed ? 200 : 404);
    expect(user + " GET history/variable-instance " + instance.getBusinessKey(),
        get(user, "/engine-rest/history/variable-instance?processInstanceId=" + id).getBody().size() > 0, allowed);
  }

  private void seesTask(String user, ProcessInstance instance, boolean visible) {
    JsonNode list = get(user, "/engine-rest/task?processInstanceId=" + instance.getId()).getBody();
    expect(user + " GET task list " + instance.getBusinessKey(), list.size() > 0, visible);
    String taskId = driver.openTaskId(instance);
    expect(user + " GET task variables " + instance.getBusinessKey(),
        get(user, "/engine-rest/task/" + taskId + "/variables").getStatusCode().value() == 200, visible);
  }

  private void seesAward(String user, ProcessInstance instance, boolean visible) {
    JsonNode awards = get(user, "/api/awards").getBody();
    boolean found = false;
    for (JsonNode award : awards) {
      found |= award.path("applicationNumber").asText().equals(instance.getBusinessKey());
    }
    expect(user + " GET /api/awards " + instance.getBusinessKey(), found, visible);
  }

  private List<String> comments(String user, ProcessInstance instance) {
    List<String> messages = new ArrayList<>();
    get(user, "/engine-rest/process-instance/" + instance.getId() + "/comment").getBody()
        .forEach(comment -> messages.add(comment.path("message").asText()));
    return messages;
  }

  private ResponseEntity<JsonNode> get(String user, String path) {
    return rest.withBasicAuth(user, "demo").getForEntity(path, JsonNode.class);
  }

  private int status(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class)
        .getStatusCode().value();
  }

  private int deploy(String user) {
    LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("deployment-name", "access-test-" + user);
    form.add("data", new ByteArrayResource(("<?xml version=\"1.0\"?><definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
        + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" targetNamespace=\"t\"><process id=\"accessProbe\""
        + " isExecutable=\"true\" camunda:historyTimeToLive=\"1\"><startEvent id=\"s\"/></process></definitions>").getBytes()) {
      @Override
      public String getFilename() {
        return "probe.bpmn";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, "demo").postForEntity("/engine-rest/deployment/create", new HttpEntity<>(form, headers),
        String.class).getStatusCode().value();
  }

  private <T> void expect(String what, T actual, T expected) {
    cases.add(what);
    assertThat(actual).as(what).isEqualTo(expected);
  }

}
