package cn.gov.qztb.subsidy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.support.ProcessTest;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ProcessTest
class SmallGroupListsTest {

  @Autowired ProcessEngine engine;

  @Test
  void theEngineChecksAuthorizationsWithTheUsersGroupsAsTheyAre() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    Object manager = configuration.getSessionFactories().get(AuthorizationManager.class).openSession();

    assertThat(manager).isInstanceOf(SmallGroupLists.class);
    // no database read: a group without authorizations simply matches no authorization row
    assertThat(((AuthorizationManager) manager).filterAuthenticatedGroupIds(List.of("townshipDongyuan", "noSuchGroup")))
        .containsExactly("townshipDongyuan", "noSuchGroup");
    assertThat(((AuthorizationManager) manager).filterAuthenticatedGroupIds(List.of())).isEmpty();
  }
}
