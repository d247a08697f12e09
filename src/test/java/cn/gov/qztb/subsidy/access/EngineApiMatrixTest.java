package cn.gov.qztb.subsidy.access;

import static cn.gov.qztb.subsidy.support.Filings.bureau;
import static cn.gov.qztb.subsidy.support.Filings.township;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.access.TasklistFilters;
import cn.gov.qztb.subsidy.reference.EnterpriseKind;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.DatabaseDigest;
import cn.gov.qztb.subsidy.support.Filings;
import cn.gov.qztb.subsidy.support.Http;
import cn.gov.qztb.subsidy.support.ProcessTest;
import cn.gov.qztb.subsidy.support.TestEnterprises.Staff;
import cn.gov.qztb.subsidy.support.TestEnterprises;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Every operation of Camunda's REST API (its OpenAPI document, plus the few undocumented reads the
 * gate names) called as every role: anonymous, applicant A, A's colleague, applicant B of the same
 * township, A's township, another township, the program's unit, another unit, and an administrator,
 * against A's applications in every state (filing, township, unit, ledger, awarded, rejected), with
 * A's real ids wherever the path takes one. Bodies are those an attacker would send: approvals,
 * routing variables, start instructions, claims for others, comments on other applications.
 *
 * <p>Each call outside the role's allow-list must be refused with a 4xx (401 anonymously) and no
 * row of the engine's or the application's tables may change. Each allowed call must not fail with
 * a 5xx, must change nothing but the caller's own legitimate business, and must not show A's data
 * to a role that may not read it, nor officials' internal notes to enterprises. The same calls of
 * three roles are made again through the webapps' API with a session and its CSRF token. Runs in a
 * context of its own: the digest covers every row of its database.
 */
@ProcessTest
@TestPropertySource(properties = "camunda.bpm.process-engine-name=" + EngineApiMatrixTest.ENGINE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EngineApiMatrixTest {

  /**
   * Its own engine, named: Camunda's REST API finds engines in a JVM-wide registry by name, where
   * {@code default} is the shared test context's. So is its database, which the digest reads whole.
   */
  static final String ENGINE = "engineApiMatrix";
  static final String REST = "/engine-rest/engine/" + ENGINE;
  static final String WEBAPP_REST = "/camunda/api/engine/engine/" + ENGINE;

  /** Camunda's own server errors on an administrator's reads in this test setup: metrics are off in tests. */
  static final Set<String> ADMINISTRATOR_SERVER_ERRORS = Set.of("interval", "getMetrics");

  @LocalServerPort int port;
  @Autowired EngineApiOperations operations;
  @Autowired EngineApiAllowList allowList;
  @Autowired ApplicationDriver driver;
  @Autowired TestEnterprises enterprises;
  @Autowired TasklistFilters tasklistFilters;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired RepositoryService repository;
  @Autowired ManagementService management;
  @Autowired AuthorizationService authorizations;
  @Autowired FilterService filters;
  @Autowired DataSource dataSource;

  /** A role of the matrix: who, what they are, and whether they may read A's applications. */
  record Party(String name, String user, Set<Role> roles, boolean readsA, boolean enterprise) {}

  final String token = UUID.randomUUID().toString().substring(0, 8);
  final String secret = "机密项目" + token;
  final String internalNote = "内部备注" + token;
  final Map<String, String> targets = new LinkedHashMap<>();
  final List<String> taskTargets = new ArrayList<>();
  final List<String> instanceTargets = new ArrayList<>();
  final List<String> markers = new ArrayList<>();
  List<Party> parties;
  Staff a;
  Staff a2;
  Staff b;
  String draftingTask;
  /** An application none of the task targets belongs to: a comment may not be hung on it from them. */
  String otherApplication;
  Http http;
  DatabaseDigest digest;

  @BeforeAll
  void applicationsOfA() {
    http = new Http(port);
    digest = new DatabaseDigest(dataSource);
    a = enterprises.staffOfNew(EnterpriseKind.CONSTRUCTION, "luoyang");
    a2 = enterprises.colleagueOf(a);
    b = enterprises.staffOfNew(EnterpriseKind.CONSTRUCTION, "luoyang");
    parties = List.of(
        new Party("anonymous", null, Set.of(), false, false),
        new Party("A", a.userId(), Set.of(Role.ENTERPRISE), true, true),
        new Party("A's colleague", a2.userId(), Set.of(Role.ENTERPRISE), true, true),
        new Party("B", b.userId(), Set.of(Role.ENTERPRISE), false, true),
        new Party("A's township", "luoyang", Set.of(Role.TOWNSHIP), true, false),
        new Party("another township", "dongyuan", Set.of(Role.TOWNSHIP), false, false),
        new Party("the program's unit", "keji", Set.of(Role.UNIT), true, false),
        new Party("another unit", "minsheng", Set.of(Role.UNIT), false, false),
        new Party("administrator", "admin", Set.of(Role.ADMINISTRATOR), true, false));

    ProcessInstance drafting = start();
    ProcessInstance atTownship = filed();
    ProcessInstance atUnit = filed();
    driver.complete(atUnit, "townshipVerification", "luoyang", township("APPROVE", null));
    ProcessInstance atLedger = filed();
    driver.complete(atLedger, "townshipVerification", "luoyang", township("APPROVE", null));
    driver.complete(atLedger, "bureauApproval", "keji", bureau("APPROVE", null));
    ProcessInstance awarded = filed();
    driver.approveFiled(awarded, scenario());
    ProcessInstance rejected = filed();
    driver.complete(rejected, "townshipVerification", "luoyang", township("REJECT", "材料不全"));

    draftingTask = driver.task(drafting, "filing").getId();
    otherApplication = awarded.getId();
    String townshipTask = driver.task(atTownship, "townshipVerification").getId();
    String unitTask = driver.task(atUnit, "bureauApproval").getId();
    taskTargets.addAll(List.of(draftingTask, townshipTask, unitTask));
    instanceTargets.addAll(List.of(drafting.getId(), atTownship.getId()));
    String comment = driver.as("luoyang", () -> tasks.createComment(townshipTask, atTownship.getId(), internalNote)).getId();
    String attachment = driver.as("admin", () -> tasks.createAttachment("application/pdf", townshipTask,
        atTownship.getId(), "核查记录.pdf", internalNote, new ByteArrayInputStream(new byte[] {'%', 'P'}))).getId();
    Job job = management.createJobQuery().processInstanceId(atLedger.getId()).singleResult();
    ProcessDefinition definition = repository.getProcessDefinition(drafting.getProcessDefinitionId());

    targets.put("commentId", comment);
    targets.put("attachmentId", attachment);
    targets.put("varName", "projectName");
    targets.put("key", definition.getKey());
    targets.put("tenant-id", "luoyang");
    targets.put("resourceId", repository.getDeploymentResources(definition.getDeploymentId()).get(0).getId());
    targets.put("userId", a.userId());
    targets.put("groupId", "enterprise" + a.enterpriseCode());
    targets.put("messageName", "matrix");
    targets.put("metrics-name", "activity-instance-start");
    targets.put("operationId", history.createUserOperationLogQuery().processInstanceId(drafting.getId()).list().get(0)
        .getOperationId());
    // ids by the resource the path starts with
    targets.put("/process-definition/{id}", definition.getId());
    targets.put("/history/process-definition/{id}", definition.getId());
    targets.put("/deployment/{id}", definition.getDeploymentId());
    targets.put("/history/process-instance/{id}", awarded.getId());
    targets.put("/execution/{id}", atTownship.getId());
    targets.put("/job/{id}", job.getId());
    targets.put("/job-definition/{id}", job.getJobDefinitionId());
    targets.put("/user/{id}", a.userId());
    targets.put("/group/{id}", "enterprise" + a.enterpriseCode());
    targets.put("/tenant/{id}", "luoyang");
    targets.put("/filter/{id}", filters.createFilterQuery().filterOwner(a.userId()).filterName(TasklistFilters.MINE)
        .singleResult().getId());
    targets.put("/authorization/{id}", authorizations.createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE)
        .resourceId(drafting.getId()).list().get(0).getId());
    targets.put("/variable-instance/{id}", runtime.createVariableInstanceQuery().processInstanceIdIn(atTownship.getId())
        .variableName("projectName").singleResult().getId());
    targets.put("/history/variable-instance/{id}", history.createHistoricVariableInstanceQuery()
        .processInstanceId(awarded.getId()).variableName("projectName").singleResult().getId());
    targets.put("/history/detail/{id}", history.createHistoricDetailQuery().processInstanceId(awarded.getId()).list()
        .get(0).getId());
    targets.put("/history/activity-instance/{id}", history.createHistoricActivityInstanceQuery()
        .processInstanceId(awarded.getId()).list().get(0).getId());
    targets.put("/history/job-log/{id}", history.createHistoricJobLogQuery().processInstanceId(awarded.getId()).list()
        .get(0).getId());

    markers.addAll(List.of(a.enterpriseCode(), secret));
    for (ProcessInstance instance : List.of(drafting, atTownship, atUnit, atLedger, awarded, rejected)) {
      markers.add(instance.getBusinessKey());
    }
  }

  /** Last: the administrator, who comes last in it, may delete what the other tests use. */
  @Test
  @Order(3)
  void everyOperationAsEveryRole() {
    Map<String, Integer> refusals = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    int calls = 0;
    Map<String, String> before = digest.take();
    for (Party party : parties) {
      for (EngineApiOperation operation : operations.all()) {
        for (Map<String, String> path : pathTargets(operation)) {
          Call call = call(party, operation, path);
          Http.Response response = http.send(operation.method(), REST + call.url(), call.body(),
              headers(party));
          calls++;
          Map<String, String> after = digest.take();
          String what = party.name() + " " + operation.id() + " " + call.url() + " -> " + response.status();
          check(party, operation, call, response, DatabaseDigest.changes(before, after), what, refusals, failures);
          before = after;
        }
      }
    }
    System.out.printf("EngineApiMatrixTest: %d operations × %d roles = %d calls over /engine-rest, %d refused (%s)%n",
        operations.all().size(), parties.size(), calls, refusals.values().stream().mapToInt(i -> i).sum(), refusals);
    assertThat(failures).as("calls that broke a rule").isEmpty();
  }

  /** What one call must hold to, by what the role may call and read. */
  private void check(Party party, EngineApiOperation operation, Call call, Http.Response response,
      Map<String, String> changes, String what, Map<String, Integer> refusals, List<String> failures) {
    boolean allowed = party.user() != null && allowList.permits(party.roles(), operation.id())
        || operation.id().equals("getProcessEngineNames");
    if (response.status() >= 400 && response.status() < 500) {
      refusals.merge(party.name(), 1, Integer::sum);
    }
    if (party.roles().contains(Role.ADMINISTRATOR)) {
      return; // administrators may call everything; see administratorsAreNeverStoppedByTheGate
    }
    if (!allowed) {
      int expected = party.user() == null ? 401 : 403;
      if (response.status() != expected) {
        failures.add(what + ": expected " + expected + " (not allowed) " + response.body());
      }
    } else if (response.status() >= 500) {
      failures.add(what + ": server error " + response.body());
    }
    if (!changes.isEmpty() && !legitimate(party, operation, call)) {
      failures.add(what + ": changed " + changes);
    }
    if (!party.readsA()) {
      // (an id of A's sent in the path may come back in an error message: that shows nothing new)
      markers.stream().filter(m -> response.body().contains(m) && !call.url().contains(m))
          .forEach(m -> failures.add(what + ": shows A's " + m));
    }
    if (party.enterprise() && response.body().contains(internalNote)) {
      failures.add(what + ": shows the officials' internal note");
    }
  }

  /** The caller's own business that an allowed call may change: their colleague's or their own claim, their password. */
  private boolean legitimate(Party party, EngineApiOperation operation, Call call) {
    boolean ownDraft = call.url().startsWith("/task/" + draftingTask + "/") && (party.user().equals(a.userId())
        || party.user().equals(a2.userId()));
    if (operation.id().equals("unclaim") && ownDraft) {
      driver.as("admin", () -> { tasks.setAssignee(draftingTask, a.userId()); return null; });
      return true;
    }
    if (operation.id().equals("claim") && ownDraft && party.user().equals(a.userId())) {
      return true; // claiming one's own task again touches its last-updated time
    }
    return operation.id().equals("updateCredentials") && call.url().equals("/user/" + party.user() + "/credentials");
  }

  @Test
  @Order(2)
  void administratorsAreNeverStoppedByTheGate() {
    for (EngineApiOperation operation : operations.all()) {
      if (!operation.method().equals("GET")) {
        continue; // reads only: the administrator's writes would change the matrix's data
      }
      Call call = call(parties.get(parties.size() - 1), operation, pathTargets(operation).get(0));
      Http.Response response = http.basic("admin", "GET", REST + call.url(), null);
      assertThat(response.message()).as(operation.id()).doesNotContain("您的账号无权执行此操作");
      if (!ADMINISTRATOR_SERVER_ERRORS.contains(operation.id())) {
        assertThat(response.status()).as(operation.id() + " " + response.body()).isLessThan(500);
      }
    }
  }

  @Test
  @Order(1)
  void theWebappsApiKeepsTheSameRulesUnderASessionWithItsCsrfToken() {
    int calls = 0;
    List<String> failures = new ArrayList<>();
    Map<String, Integer> refusals = new TreeMap<>();
    for (Party party : List.of(parties.get(1), parties.get(3), parties.get(4))) {
      Http.WebappSession session = http.login(party.user(), "tasklist", ENGINE);
      Map<String, String> before = digest.take();
      for (EngineApiOperation operation : operations.all()) {
        if (operation.method().equals("GET") || operation.method().equals("OPTIONS")) {
          continue;
        }
        for (Map<String, String> path : pathTargets(operation)) {
          Call call = call(party, operation, path);
          Http.Response response = session.send(operation.method(), WEBAPP_REST + call.url(),
              call.body(), true);
          calls++;
          Map<String, String> after = digest.take();
          check(party, operation, call, response, DatabaseDigest.changes(before, after),
              "webapp: " + party.name() + " " + operation.id() + " " + call.url() + " -> " + response.status(),
              refusals, failures);
          before = after;
        }
      }
    }
    System.out.printf("EngineApiMatrixTest: %d state-changing calls through /camunda/api/engine with a session, %d refused%n",
        calls, refusals.values().stream().mapToInt(i -> i).sum());
    assertThat(failures).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------

  record Call(String url, Object body) {}

  /** The values of the operation's path parameters: every task and instance of A where it takes one. */
  private List<Map<String, String>> pathTargets(EngineApiOperation operation) {
    String path = operation.path();
    List<String> ids;
    if (path.startsWith("/task/{id}")) {
      ids = taskTargets;
    } else if (path.startsWith("/process-instance/{id}")) {
      ids = instanceTargets;
    } else {
      ids = List.of(targets.entrySet().stream().filter(t -> path.startsWith(t.getKey())).map(Map.Entry::getValue)
          .findFirst().orElse("matrix-no-such-id"));
    }
    List<Map<String, String>> values = new ArrayList<>();
    for (String id : ids) {
      Map<String, String> parameters = new LinkedHashMap<>(targets);
      parameters.put("id", id);
      values.add(parameters);
    }
    return values;
  }

  private Call call(Party party, EngineApiOperation operation, Map<String, String> parameters) {
    String url = operation.segments().stream()
        .map(segment -> EngineApiOperation.isParameter(segment)
            ? URLEncoder.encode(parameters.getOrDefault(segment.substring(1, segment.length() - 1), "x"),
                StandardCharsets.UTF_8)
            : segment)
        .collect(Collectors.joining("/", "/", ""));
    return new Call(url + query(operation), body(party, operation));
  }

  private String query(EngineApiOperation operation) {
    return switch (operation.id()) {
      case "getGroupInfo" -> "?userId=" + a.userId();
      case "isUserAuthorized" -> "?permissionName=READ&resourceName=Task&resourceType=7&resourceId=" + taskTargets.get(1)
          + "&userId=" + a.userId();
      case "getHistoricVariableInstances", "getVariableInstances", "getTasks", "getHistoricProcessInstances",
           "queryUserOperationEntries", "getHistoricTaskInstances", "getHistoricActivityInstances" -> "?maxResults=200";
      default -> "";
    };
  }

  /** What an attacker sends: each body would do harm if the gate or the engine let it through. */
  private Object body(Party party, EngineApiOperation operation) {
    if (operation.method().equals("GET") || operation.method().equals("OPTIONS")) {
      return null;
    }
    Function<Map<String, Object>, Map<String, Object>> variables = Http::variables;
    return switch (operation.id()) {
      case "complete", "submit", "resolve" -> Map.of("variables", variables.apply(Map.of(
          "townshipDecision", "APPROVE", "bureauDecision", "APPROVE", "projectName", secret,
          "townshipGroup", "enterprise" + a.enterpriseCode())));
      case "claim", "setAssignee", "delegateTask" -> Map.of("userId", a.userId());
      case "addIdentityLink" -> Map.of("groupId", "enterprise" + a.enterpriseCode(), "type", "candidate");
      case "createComment" -> Map.of("message", "矩阵测试", "processInstanceId", otherApplication);
      case "startProcessInstance", "startProcessInstanceByKey", "submitForm", "submitFormByKey",
           "startProcessInstanceByKeyAndTenantId", "submitFormByKeyAndTenantId" -> Map.of(
          "businessKey", markers.get(2),
          "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "townshipVerification")),
          "variables", variables.apply(Map.of("townshipDecision", "APPROVE")));
      case "updateCredentials" -> Map.of("password", "demo", "authenticatedUserPassword", "demo");
      case "updateProfile" -> Map.of("id", a.userId(), "firstName", "改名", "lastName", "");
      case "createFilter", "updateFilter" -> Map.of("resourceType", "Task", "name", "矩阵", "owner", a.userId(),
          "query", Map.of("assigneeExpression", "${jdbcTemplate.queryForList('select PWD_ from ACT_ID_USER')}"));
      case "modifyProcessInstanceVariables", "modifyTaskVariables", "modifyTaskLocalVariables",
           "modifyLocalExecutionVariables" -> Map.of("modifications", variables.apply(Map.of("townshipGroup",
          "enterprise" + a.enterpriseCode())));
      case "putTaskVariable", "putTaskLocalVariable", "setProcessInstanceVariable", "putLocalExecutionVariable" ->
          Map.of("value", "enterprise" + a.enterpriseCode());
      case "modifyProcessInstance", "modifyProcessInstanceAsyncOperation" -> Map.of("instructions",
          List.of(Map.of("type", "startBeforeActivity", "activityId", "recordAward")));
      case "deliverMessage" -> Map.of("messageName", "matrix", "businessKey", markers.get(2));
      case "throwSignal" -> Map.of("name", "matrix");
      case "createUser" -> Map.of("profile", Map.of("id", "matrixIntruder"), "credentials", Map.of("password", "x"));
      case "createAuthorization" -> Map.of("type", 1, "permissions", List.of("ALL"), "userId", party.user() == null
          ? "x" : party.user(), "resourceType", 0, "resourceId", "*");
      case "createGroupMember", "createGroup" -> Map.of("id", "camunda-admin");
      default -> Map.of();
    };
  }

  private Map<String, String> headers(Party party) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (party.user() != null) {
      headers.put("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
          (party.user() + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    return headers;
  }

  private ProcessInstance start() {
    return driver.start("noStopConstructionBonus", a.userId());
  }

  private ProcessInstance filed() {
    ProcessInstance instance = start();
    Map<String, Object> filing = Filings.noStopConstruction(Filings.uniqueProjectCode());
    filing.put("projectName", secret);
    driver.complete(instance, "filing", a.userId(), filing);
    return instance;
  }

  private cn.gov.qztb.subsidy.support.Scenario scenario() {
    return new cn.gov.qztb.subsidy.support.Scenario("noStopConstructionBonus", EnterpriseKind.CONSTRUCTION, "luoyang",
        "luoyang", null, "keji", null, "30000.00", Map.of());
  }
}
