package cn.gov.qztb.subsidy.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.qztb.subsidy.access.TasklistFilters;
import cn.gov.qztb.subsidy.engine.ProcessBeans;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.Demo;
import cn.gov.qztb.subsidy.support.Http;
import cn.gov.qztb.subsidy.support.ProcessTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Finding 3: saved filters evaluated expressions that reached every Spring bean, so a filter
 * could run SQL in its owner's Tasklist. Now only administrators make filters, nobody makes one
 * for someone else, queries evaluate no expressions, and expressions see only the processes' beans.
 */
@ProcessTest
class ExpressionsAndFiltersTest {

  static final String SQL = "${jdbcTemplate.queryForList('select PWD_ from ACT_ID_USER')}";

  @LocalServerPort int port;
  @Autowired ProcessEngineConfigurationImpl engine;
  @Autowired ApplicationContext context;
  @Autowired FilterService filters;
  @Autowired TaskService tasks;
  @Autowired TasklistFilters tasklistFilters;
  @Autowired ApplicationDriver driver;

  Http http;

  @BeforeEach
  void http() {
    http = new Http(port);
  }

  @Test
  void onlyAdministratorsMakeFiltersAndOnlyForThemselves() {
    Map<String, Object> own = Map.of("resourceType", "Task", "name", "我的过滤器", "owner", "applicant1",
        "query", Map.of());
    assertThat(http.basic("applicant1", "POST", "/engine-rest/filter/create", own).status()).isEqualTo(403);
    assertThat(http.basic("keji", "POST", "/engine-rest/filter/create", own).status()).isEqualTo(403);

    Http.Response forSomeoneElse = http.basic("admin", "POST", "/engine-rest/filter/create", own);
    assertThat(forSomeoneElse.status()).isEqualTo(403);
    assertThat(forSomeoneElse.message()).contains("不能创建或修改属于其他用户（applicant1）的过滤器");
    assertThatThrownBy(() -> driver.as("admin", () -> filters.saveFilter(
        filters.newTaskFilter("他人的过滤器").setOwner("applicant1").setQuery(tasks.createTaskQuery()))))
        .hasMessageContaining("不能创建属于其他用户（applicant1）的过滤器");

    Http.Response withExpression = http.basic("admin", "POST", "/engine-rest/filter/create", Map.of(
        "resourceType", "Task", "name", "含表达式", "query", Map.of("assigneeExpression", SQL)));
    assertThat(withExpression.status()).isEqualTo(400);
    assertThat(withExpression.message()).contains("Expressions are forbidden in stored queries");
    assertThat(filters.createFilterQuery().filterName("含表达式").count()).isZero();
  }

  @Test
  void adHocQueriesEvaluateNoExpressions() {
    Http.Response response = http.basic("keji", "GET", "/engine-rest/task?assigneeExpression="
        + java.net.URLEncoder.encode(SQL, java.nio.charset.StandardCharsets.UTF_8), null);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).doesNotContain("PWD_").contains("Expressions are forbidden");
  }

  @Test
  void expressionsSeeOnlyTheProcessesBeans() {
    assertThatThrownBy(() -> evaluate("${jdbcTemplate}")).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Unknown property used in expression: ${jdbcTemplate}");
    assertThatThrownBy(() -> evaluate("${applicationService}")).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Unknown property");
    assertThat(evaluate("${caseRouting}")).isNotNull();
  }

  /** As the engine evaluates a process's expression: inside a command. */
  private Object evaluate(String expression) {
    return engine.getCommandExecutorTxRequired().execute(context ->
        engine.getExpressionManager().createExpression(expression).getValue(null));
  }

  @Test
  void everyBeanTheProcessesNameIsExposedAndNothingElse() throws IOException {
    Pattern reference = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)[.}]");
    TreeSet<String> named = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      for (Path bpmn : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        Matcher matcher = reference.matcher(Files.readString(bpmn));
        while (matcher.find()) {
          named.add(matcher.group(1));
        }
      }
    }
    named.removeAll(List.of("execution", "task", "townshipDecision", "bureauDecision", "certificationDecision"));
    assertThat(ProcessBeans.names(context)).containsAll(named)
        .doesNotContain("jdbcTemplate", "applicationService", "dataSource", "processEngine", "identityService");
  }

  @Test
  void everyUserHasTheirOwnFiltersWithoutExpressions() {
    List<Filter> own = filters.createFilterQuery().filterOwner("applicant1").list();
    assertThat(own).extracting(Filter::getName).containsExactlyInAnyOrder(TasklistFilters.MINE, TasklistFilters.GROUPS);
    assertThat(filters.createFilterQuery().filterName("我的待办").list()).allMatch(f -> f.getOwner() != null);
    // applicant1 may read its own filters, and neither change nor delete them
    Filter mine = own.stream().filter(f -> f.getName().equals(TasklistFilters.MINE)).findFirst().orElseThrow();
    assertThat(http.basic("applicant1", "GET", "/engine-rest/filter/" + mine.getId() + "/count", null).status())
        .isEqualTo(200);
    assertThat(http.basic("applicant1", "PUT", "/engine-rest/filter/" + mine.getId(), Map.of("resourceType", "Task",
        "name", "x", "query", Map.of())).status()).isEqualTo(403);
    assertThat(http.basic("applicant1", "DELETE", "/engine-rest/filter/" + mine.getId(), null).status()).isEqualTo(403);
    assertThat(http.basic("applicant2", "GET", "/engine-rest/filter/" + mine.getId() + "/list", null).status())
        .as("another user's filter").isEqualTo(403);
  }

  @Test
  void aUserAddedLaterGetsTheirFiltersOnFirstVisit() {
    driver.as("admin", () -> {
      var user = engine.getIdentityService().newUser("newcomer1");
      user.setPassword("demo");
      engine.getIdentityService().saveUser(user);
      engine.getIdentityService().createMembership("newcomer1", "enterprise" + Demo.APPLICANT1_ENTERPRISE);
      return null;
    });
    assertThat(filters.createFilterQuery().filterOwner("newcomer1").count()).isZero();
    Http.Response list = http.basic("newcomer1", "GET", "/engine-rest/filter?resourceType=Task", null);
    assertThat(list.status()).isEqualTo(200);
    assertThat(filters.createFilterQuery().filterOwner("newcomer1").count()).isEqualTo(2);
    assertThat(list.body()).contains(TasklistFilters.ALL);
  }
}
