package cn.gov.qztb.subsidy.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gov.qztb.subsidy.engine.JobExecutorState;
import cn.gov.qztb.subsidy.startup.DemoHolderData;
import cn.gov.qztb.subsidy.startup.StartupData;
import cn.gov.qztb.subsidy.startup.StartupWork;
import cn.gov.qztb.subsidy.workflow.ProgramDeployer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** The readiness indicators say DOWN while their part is not there, UP once it is. */
class HealthIndicatorsTest {

  @Test
  void startupIsDownUntilSeedsAndProgramsAreInPlaceAndTheWorkIsDoneOnce() {
    StartupData data = mock(StartupData.class);
    ProgramDeployer deployer = mock(ProgramDeployer.class);
    when(deployer.deployAll()).thenReturn(List.of());
    DemoHolderData demoData = mock(DemoHolderData.class);
    StartupWork work = new StartupWork(data, deployer, demoData);
    StartupHealth health = new StartupHealth(work);

    assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.health().getDetails()).containsEntry("reason", "初始数据加载和流程部署尚未完成");

    work.start();
    work.stop();
    work.start();

    Health up = health.health();
    assertThat(up.getStatus()).isEqualTo(Status.UP);
    assertThat(up.getDetails()).containsEntry("deploymentsMade", 0).containsKey("finishedAt");
    verify(data, times(1)).load();
    verify(deployer, times(1)).deployAll();
    verify(demoData, times(1)).importOnce();
  }

  @Test
  void anEnabledJobExecutorMustRun() {
    assertThat(jobExecutor(true, false).health().getStatus()).isEqualTo(Status.DOWN);
    assertThat(jobExecutor(true, true).health().getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void aDisabledJobExecutorHoldsNothingBack() {
    Health health = jobExecutor(false, false).health();
    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails()).containsEntry("enabled", false).containsEntry("active", false);
  }

  private static JobExecutorHealth jobExecutor(boolean enabled, boolean active) {
    JobExecutorState state = mock(JobExecutorState.class);
    when(state.enabled()).thenReturn(enabled);
    when(state.active()).thenReturn(active);
    return new JobExecutorHealth(state);
  }
}
