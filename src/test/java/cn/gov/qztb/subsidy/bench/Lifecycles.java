package cn.gov.qztb.subsidy.bench;

import cn.gov.qztb.subsidy.identity.AccessRules;
import cn.gov.qztb.subsidy.reference.Enterprise;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.Filings;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.core.io.ClassPathResource;

/** One complete application, and its yardstick: the bare process of the same shape. */
final class Lifecycles {

  private static final AtomicLong PROJECTS = new AtomicLong();

  private final ApplicationDriver driver;

  Lifecycles(ApplicationDriver driver, RepositoryService repository, AccessRules access) throws Exception {
    this.driver = driver;
    repository.createDeployment().name("bench").source("bench")
        .addInputStream("bareLifecycle.bpmn", new ClassPathResource("bench/bareLifecycle.bpmn").getInputStream())
        .enableDuplicateFiltering(false).deploy();
    access.enterprise(Enterprise.groupIdOf("91350521MAWPDQNQ93"), List.of("bareLifecycle"));
  }

  /** Start, filing, township verification, approval and the ledger job of 春节不停工奖励. */
  void application() {
    ProcessInstance instance = driver.start("noStopConstructionBonus", "applicant2");
    driver.complete(instance, "filing", "applicant2",
        Filings.noStopConstruction("BENCH-" + ProcessHandle.current().pid() + "-" + PROJECTS.incrementAndGet()));
    driver.complete(instance, "townshipVerification", "dongyuan", Map.of("townshipDecision", "APPROVE"));
    driver.complete(instance, "bureauApproval", "keji", Map.of("bureauDecision", "APPROVE"));
    if (driver.runJobs(instance) != 1) {
      throw new IllegalStateException("no ledger job for " + instance.getBusinessKey());
    }
  }

  /** The same users, the same three steps, nothing else. */
  void bare() {
    ProcessInstance instance = driver.start("bareLifecycle", "applicant2");
    driver.complete(instance, "filing", "applicant2", Map.of());
    driver.complete(instance, "townshipVerification", "dongyuan", Map.of());
    driver.complete(instance, "bureauApproval", "keji", Map.of());
  }
}
