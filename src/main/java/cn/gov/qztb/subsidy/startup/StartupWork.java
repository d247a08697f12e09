package cn.gov.qztb.subsidy.startup;

import cn.gov.qztb.subsidy.workflow.ProgramDeployer;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * At startup, before the web server takes its first request: seed data first, then the programs'
 * processes. It runs as a {@link SmartLifecycle} in a phase before Spring Boot's web server
 * (WebServerStartStopLifecycle, phase {@code WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 1024}),
 * so that no request is answered 404 or 401 because a program or a user is not there yet. Nodes
 * starting together on one database take turns on the seeding lock ({@link StartupData}). The work
 * is done once per application context, whatever stops and restarts its lifecycle.
 */
@Component
public class StartupWork implements SmartLifecycle {

  /** Before the web server starts, after every bean has been created. */
  public static final int PHASE = WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 2048;

  /** What this node's startup did, and when it finished. */
  public record Outcome(Instant finishedAt, int deploymentsMade) {}

  private static final Logger log = LoggerFactory.getLogger(StartupWork.class);

  private final StartupData data;
  private final ProgramDeployer deployer;
  private volatile Outcome outcome;
  private volatile boolean running;

  private final DemoHolderData demoHolderData;

  public StartupWork(StartupData data, ProgramDeployer deployer, DemoHolderData demoHolderData) {
    this.data = data;
    this.deployer = deployer;
    this.demoHolderData = demoHolderData;
  }

  @Override
  public synchronized void start() {
    if (outcome == null) {
      long started = System.nanoTime();
      data.load();
      long seeded = System.nanoTime();
      int made = deployer.deployAll().size();
      // after the deployment: an import starts the offer matching process
      demoHolderData.importOnce();
      outcome = new Outcome(Instant.now(), made);
      log.info("Startup work done: seed data in {} ms, {} program(s) deployed in {} ms",
          (seeded - started) / 1_000_000, made, (System.nanoTime() - seeded) / 1_000_000);
    }
    running = true;
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return PHASE;
  }

  /** Empty until the seed data is loaded and the programs are deployed on this node. */
  public Optional<Outcome> outcome() {
    return Optional.ofNullable(outcome);
  }
}
