package cn.gov.qztb.subsidy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.ProcessTest;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.ProcessEngineLogger;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.el.ReadOnlyMapELResolver;
import org.camunda.bpm.engine.impl.interceptor.ExceptionCodeInterceptor;
import org.camunda.bpm.engine.impl.repository.DeploymentBuilderImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every Camunda internal the engine package relies on, pinned, so that an upgrade of Camunda (or a
 * move to a fork of Camunda 7) fails here first and says what to look at. Types and methods the
 * code names directly already fail to compile when they go; what is read by reflection, matched
 * by text or relied on for its behaviour is checked here, with the test that shows the whole
 * behaviour named where there is one.
 */
@ProcessTest
class EngineInternalsTest {

  @Autowired ProcessEngine engine;
  @Autowired ApplicationDriver driver;
  @Autowired TaskService tasks;

  /** {@link TaskRaceInterceptor} reads the task id of the two completion commands, which have no getter. */
  @Test
  void theCompletionCommandsKeepTheirTaskIdInAFieldOfThatName() throws ReflectiveOperationException {
    for (Class<?> command : List.of(CompleteTaskCmd.class, SubmitTaskFormCmd.class)) {
      Field field = command.getDeclaredField("taskId");
      assertThat(field.getType()).isEqualTo(String.class);
    }
    assertThat(TaskRaceInterceptor.taskIdOf(new CompleteTaskCmd("t-1", null))).isEqualTo("t-1");
    assertThat(TaskRaceInterceptor.taskIdOf(new SubmitTaskFormCmd("t-2", null, false, false))).isEqualTo("t-2");
  }

  /** {@link UnchangedDeploymentFilter} reads the deploy command's builder, which has no getter. */
  @Test
  void theDeployCommandKeepsItsBuilderInAFieldOfThatName() throws ReflectiveOperationException {
    Field field = DeployCmd.class.getDeclaredField("deploymentBuilder");
    assertThat(field.getType()).isEqualTo(DeploymentBuilderImpl.class);
    DeploymentBuilderImpl builder = (DeploymentBuilderImpl) engine.getRepositoryService().createDeployment().name("x");
    assertThat(UnchangedDeploymentFilter.builderOf(new DeployCmd(builder))).isSameAs(builder);
  }

  /**
   * {@link TenantRefusal} recognises the engine's tenant refusal by its text; the refusal itself is
   * shown as a 403 in TownshipTenancyTest.anotherTownshipIsRefusedWith403NotAServerError.
   */
  @Test
  void theEnginesTenantRefusalStillSaysSo() {
    ProcessEngineException refusal = ProcessEngineLogger.CMD_LOGGER.exceptionCommandWithUnauthorizedTenant("claim the task 'x'");
    assertThat(refusal).isNotInstanceOf(AuthorizationException.class);
    assertThat(refusal.getMessage()).startsWith("ENGINE-").contains(TenantRefusal.REFUSAL);
    assertThat(TenantRefusal.isTenantRefusal(refusal)).isTrue();
  }

  /** {@link ProcessBeans} hands Spring's expression manager a map, which Camunda reads with containsKey and get. */
  @Test
  void springsExpressionManagerTakesABeanMapThatCamundaReadsByKey() throws ReflectiveOperationException {
    assertThat(SpringExpressionManager.class.getConstructor(org.springframework.context.ApplicationContext.class,
        java.util.Map.class)).isNotNull();
    assertThat(ReadOnlyMapELResolver.class.getConstructor(java.util.Map.class)).isNotNull();
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getExpressionManager()).isInstanceOf(SpringExpressionManager.class);
    assertThat(configuration.getBeans()).isInstanceOf(ProcessBeans.Exposed.class);
  }

  /** {@link EngineGrants} overrides the default provider's per-user method, which must still be called for assignees. */
  @Test
  void theDefaultAuthorizationProviderStillGrantsAssigneesThroughItsPerUserMethod() throws ReflectiveOperationException {
    Method method = DefaultAuthorizationProvider.class.getDeclaredMethod("createOrUpdateAuthorizationsByUserId",
        org.camunda.bpm.engine.task.Task.class, String.class);
    assertThat(java.lang.reflect.Modifier.isProtected(method.getModifiers())).isTrue();
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getResourceAuthorizationProvider()).isInstanceOf(EngineGrants.class);
  }

  /** {@link cn.gov.qztb.subsidy.Refusal} uses a code from the range Camunda keeps for applications, which it passes on. */
  @Test
  void customExceptionCodesAreKeptInTheirRange() {
    assertThat(ExceptionCodeInterceptor.MIN_CUSTOM_CODE).isLessThanOrEqualTo(22_400);
    assertThat(ExceptionCodeInterceptor.MAX_CUSTOM_CODE).isGreaterThanOrEqualTo(22_409);
    ProcessInstance instance = driver.start("noStopConstructionBonus", "applicant2");
    assertThatThrownBy(() -> driver.complete(instance, "filing", "applicant2", java.util.Map.of()))
        .isInstanceOfSatisfying(ProcessEngineException.class, e -> assertThat(e.getCode()).isEqualTo(22_400));
  }

  /** {@link Webapps} reads the webapps' session keys; the CSRF test (AccountsAndApiTest) shows they still work. */
  @Test
  void theWebappsCsrfNamesAreTheOnesTheGateUses() {
    assertThat(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME).isEqualTo("CAMUNDA_CSRF_TOKEN");
    assertThat(CsrfConstants.CSRF_TOKEN_HEADER_NAME).isEqualTo("X-XSRF-TOKEN");
  }
}
