package cn.gov.qztb.subsidy.identity;

import static cn.gov.qztb.subsidy.support.Filings.noStopConstruction;
import static cn.gov.qztb.subsidy.support.Filings.uniqueProjectCode;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.ProcessTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Applications in their township's tenant; townships read tasks through it, and only their own. */
@ProcessTest
class TownshipTenancyTest {

  @Autowired ApplicationDriver driver;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired TaskService tasks;
  @Autowired AuthorizationService authorizations;
  @Autowired TenantBackfill backfill;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate rest;

  @Test
  void anApplicationBelongsToItsEnterprisesTownship() {
    ProcessInstance dongyuan = filed("applicant2");
    ProcessInstance luoyang = filed("applicant1");

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(dongyuan.getId()).singleResult().getTenantId())
        .isEqualTo("dongyuan");
    assertThat(driver.task(luoyang, "townshipVerification").getTenantId()).isEqualTo("luoyang");
    assertThat(visibleTo("dongyuan", dongyuan)).isEqualTo(1);
    assertThat(visibleTo("luoyang", dongyuan)).isZero();
    assertThat(visibleTo("zhangban", luoyang)).isZero();
  }

  @Test
  void theTownshipsOwnGrantOnATaskIsToWorkItNotToReadIt() {
    // (what it reads, it reads through the definition: see AccessMatrixTest for the whole picture)
    Task task = driver.task(filed("applicant2"), "townshipVerification");
    Authorization grant = authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(task.getId()).groupIdIn("townshipDongyuan").singleResult();

    assertThat(grant.isPermissionGranted(Permissions.TASK_WORK)).isTrue();
    assertThat(grant.isPermissionGranted(Permissions.UPDATE)).as("work it, not set its variables or reassign it").isFalse();
    assertThat(grant.isPermissionGranted(Permissions.READ)).isFalse();
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.HISTORIC_TASK)
        .resourceId(task.getId()).groupIdIn("townshipDongyuan").count()).as("history is read through the definition").isZero();
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(task.getId()).groupIdIn("townshipLuoyang").count()).isZero();

    driver.as("dongyuan", () -> { tasks.claim(task.getId(), "dongyuan"); return null; });
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.HISTORIC_TASK)
        .resourceId(task.getId()).userIdIn("dongyuan").count()).as("nor for the official who claims it").isZero();
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(task.getId()).userIdIn("dongyuan").count()).isEqualTo(1);
  }

  @Test
  void anotherTownshipIsRefusedWith403NotAServerError() {
    Task task = driver.task(filed("applicant2"), "townshipVerification");

    assertThat(rest.withBasicAuth("luoyang", "demo").getForEntity("/engine-rest/task/" + task.getId() + "/variables",
        String.class).getStatusCode().value()).isEqualTo(403);
    assertThat(rest.withBasicAuth("dongyuan", "demo").getForEntity("/engine-rest/task/" + task.getId() + "/variables",
        String.class).getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void applicationsStartedBeforeTheTenantsArePutInTheirTownshipsTenant() {
    ProcessInstance old = filed("applicant2");
    assertThat(backfill.tablesWithTenants()).containsEntry("ACT_RU_TASK", "PROC_INST_ID_")
        .containsEntry("ACT_RU_JOB", "PROCESS_INSTANCE_ID_").containsEntry("ACT_HI_PROCINST", "PROC_INST_ID_")
        .containsEntry("ACT_HI_VARINST", "PROC_INST_ID_").doesNotContainKey("ACT_RU_AUTHORIZATION");
    for (String table : TABLES) {
      jdbc.update("update " + table + " set TENANT_ID_ = null where PROC_INST_ID_ = ?", old.getId());
    }
    assertThat(visibleTo("luoyang", old)).as("a task without tenant passes every tenant check").isEqualTo(1);
    assertThat(historyVisibleTo("luoyang", old)).isEqualTo(1);

    backfill.run();

    assertThat(visibleTo("luoyang", old)).isZero();
    assertThat(historyVisibleTo("luoyang", old)).isZero();
    assertThat(visibleTo("dongyuan", old)).isEqualTo(1);
    assertThat(historyVisibleTo("dongyuan", old)).isEqualTo(1);
    for (String table : TABLES) {
      assertThat(jdbc.queryForObject("select count(*) from " + table + " where PROC_INST_ID_ = ? and TENANT_ID_ is null",
          Long.class, old.getId())).as(table).isZero();
    }
  }

  static final String[] TABLES = {"ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE", "ACT_HI_PROCINST",
      "ACT_HI_TASKINST", "ACT_HI_VARINST", "ACT_HI_ACTINST", "ACT_HI_DETAIL"};

  private long historyVisibleTo(String user, ProcessInstance instance) {
    return driver.as(user, () -> history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).count());
  }

  private ProcessInstance filed(String applicant) {
    ProcessInstance instance = driver.start("noStopConstructionBonus", applicant);
    driver.complete(instance, "filing", applicant, noStopConstruction(uniqueProjectCode()));
    return instance;
  }

  private long visibleTo(String user, ProcessInstance instance) {
    return driver.as(user, () -> tasks.createTaskQuery().processInstanceId(instance.getId()).count());
  }
}
