package cn.gov.qztb.subsidy.startup;

import cn.gov.qztb.subsidy.workflow.ProgramDeployer;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** At startup: seed data first, then the programs' processes. */
@Component
public class StartupRunner implements ApplicationRunner {

  private final StartupData data;
  private final ProgramDeployer deployer;

  public StartupRunner(StartupData data, ProgramDeployer deployer) {
    this.data = data;
    this.deployer = deployer;
  }

  @Override
  public void run(ApplicationArguments args) {
    data.load();
    deployer.deployAll();
  }
}
