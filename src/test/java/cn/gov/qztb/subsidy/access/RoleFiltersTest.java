package cn.gov.qztb.subsidy.access;

import static cn.gov.qztb.subsidy.support.Filings.noStopConstruction;
import static cn.gov.qztb.subsidy.support.Filings.uniqueProjectCode;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.Http;
import cn.gov.qztb.subsidy.support.ProcessTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each role lands on its own work: 本乡镇待核实, 本单位待审批, 已逾期, the soonest due first. */
@ProcessTest
class RoleFiltersTest {

  @LocalServerPort int port;
  @Autowired FilterService filters;
  @Autowired IdentityService identity;
  @Autowired ApplicationDriver driver;

  List<String> filterNames(String user) {
    Http.Response response = new Http(port).basic(user, "GET", "/engine-rest/filter?resourceType=Task", null);
    assertThat(response.status()).isEqualTo(200);
    List<JsonNode> list = new ArrayList<>();
    response.json().forEach(list::add);
    return list.stream()
        .sorted((a, b) -> Integer.compare(a.path("properties").path("priority").asInt(), b.path("properties").path("priority").asInt()))
        .map(filter -> filter.path("name").asText()).toList();
  }

  @Test
  void officialsGetTheFiltersOfTheirOfficeFirstAndEnterprisesDoNot() {
    assertThat(filterNames("dongyuan")).startsWith(TasklistFilters.TOWNSHIP, TasklistFilters.OVERDUE)
        .contains(TasklistFilters.MINE, TasklistFilters.GROUPS).doesNotContain(TasklistFilters.UNIT);
    assertThat(filterNames("keji")).startsWith(TasklistFilters.UNIT, TasklistFilters.OVERDUE)
        .doesNotContain(TasklistFilters.TOWNSHIP);
    assertThat(filterNames("applicant2")).doesNotContain(TasklistFilters.TOWNSHIP, TasklistFilters.UNIT,
        TasklistFilters.OVERDUE).contains(TasklistFilters.MINE);
  }

  @Test
  void theTownshipFilterListsItsFiledApplications() {
    ProcessInstance instance = driver.start("noStopConstructionBonus", "applicant2");
    driver.complete(instance, "filing", "applicant2", noStopConstruction(uniqueProjectCode()));
    String taskId = driver.task(instance, "townshipVerification").getId();
    assertThat(listed("dongyuan", TasklistFilters.TOWNSHIP)).contains(taskId);
    assertThat(listed("luoyang", TasklistFilters.TOWNSHIP)).doesNotContain(taskId);
    assertThat(listed("keji", TasklistFilters.UNIT)).doesNotContain(taskId);
  }

  @Test
  void aVerifierAnAdministratorAddsLaterGetsTheTownshipFilterOnTheirFirstVisit() {
    User user = identity.newUser("dongyuan" + System.nanoTime() % 100000);
    user.setFirstName("新核实员");
    user.setLastName("");
    user.setPassword("demo");
    identity.saveUser(user);
    identity.createMembership(user.getId(), "townshipDongyuan");
    assertThat(filterNames(user.getId())).startsWith(TasklistFilters.TOWNSHIP, TasklistFilters.OVERDUE);
    Http.Response again = new Http(port).basic(user.getId(), "GET", "/engine-rest/filter?resourceType=Task", null);
    assertThat(again.json().size()).as("made once").isEqualTo(filterNames(user.getId()).size());
    assertThat(filters.createFilterQuery().filterOwner(user.getId()).filterName(TasklistFilters.TOWNSHIP).count()).isOne();
  }

  private List<String> listed(String user, String filterName) {
    Filter filter = driver.as(user, () -> filters.createFilterQuery().filterName(filterName).filterOwner(user).singleResult());
    assertThat(filter).as(user + " owns " + filterName).isNotNull();
    return driver.as(user, () -> filters.<Task>list(filter.getId())).stream().map(Task::getId).toList();
  }
}
