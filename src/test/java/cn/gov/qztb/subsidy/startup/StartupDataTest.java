package cn.gov.qztb.subsidy.startup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.support.ProcessTest;
import cn.gov.qztb.subsidy.workflow.ProgramDeployer;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A restart with unchanged seeds/ and processes/ adds nothing: no row, no user, no process version. */
@ProcessTest
class StartupDataTest {

  @Autowired StartupData data;
  @Autowired ProgramDeployer deployer;
  @Autowired IdentityService identity;
  @Autowired FilterService filters;
  @Autowired RepositoryService repository;
  @Autowired JdbcTemplate jdbc;

  @Test
  void loadingTheSeedsAgainAddsNothing() {
    List<Long> before = counts();

    data.load();

    assertThat(counts()).isEqualTo(before);
    assertThat(identity.createUserQuery().userId("applicant2").singleResult().getFirstName()).isEqualTo("黄志强（东园建设工程）");
    assertThat(identity.createGroupQuery().groupId("townshipDongyuan").singleResult().getName()).isEqualTo("东园镇");
    assertThat(identity.createUserQuery().memberOfGroup("enterprise91350521MAWPDQNQ93").list())
        .extracting("id").containsExactly("applicant2");
  }

  @Test
  void deployingUnchangedProcessesAgainAddsNoVersion() {
    long definitions = repository.createProcessDefinitionQuery().count();
    long deployments = repository.createDeploymentQuery().count();

    assertThat(deployer.deployAll()).isEmpty();

    assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(definitions);
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("noStopConstructionBonus").latestVersion()
        .singleResult().getVersion()).isEqualTo(1);
  }

  private List<Long> counts() {
    return List.of(
        identity.createUserQuery().count(),
        identity.createGroupQuery().count(),
        jdbc.queryForObject("select count(*) from ACT_ID_MEMBERSHIP", Long.class),
        jdbc.queryForObject("select count(*) from enterprise", Long.class),
        jdbc.queryForObject("select count(*) from township", Long.class),
        jdbc.queryForObject("select count(*) from district_unit", Long.class),
        jdbc.queryForObject("select count(*) from policy_edition", Long.class),
        filters.createFilterQuery().count());
  }
}
