package cn.gov.qztb.subsidy.bench;

import cn.gov.qztb.subsidy.access.AccessRules;
import cn.gov.qztb.subsidy.reference.Enterprise;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.Filings;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.core.io.ClassPathResource;

/**
 * One complete application, and its yardstick: the bare process of the same shape. Both keep the
 * time spent in each of their steps, to show where the difference lies.
 */
final class Lifecycles {

  static final String[] OUR_STEPS = {"start", "filing", "township", "bureau", "ledger job"};
  static final String[] BARE_STEPS = {"start", "task 1", "task 2", "task 3", "-"};

  private static final AtomicLong PROJECTS = new AtomicLong();

  private final ApplicationDriver driver;
  final long[] ourNanos = new long[5];
  final long[] bareNanos = new long[5];

  Lifecycles(ApplicationDriver driver, RepositoryService repository, AccessRules access) throws Exception {
    this.driver = driver;
    repository.createDeployment().name("bench").source("bench")
        .addInputStream("bareLifecycle.bpmn", new ClassPathResource("bench/bareLifecycle.bpmn").getInputStream())
        .enableDuplicateFiltering(false).deploy();
    access.enterprise(Enterprise.groupIdOf("91350521MAWPDQNQ93"), List.of("bareLifecycle"));
  }

  /** Start, filing, township verification, approval and the ledger job of 春节不停工奖励. */
  void application() {
    long t0 = System.nanoTime();
    ProcessInstance instance = driver.start("noStopConstructionBonus", "applicant2");
    long t1 = System.nanoTime();
    driver.complete(instance, "filing", "applicant2",
        Filings.noStopConstruction("BENCH-" + ProcessHandle.current().pid() + "-" + PROJECTS.incrementAndGet()));
    long t2 = System.nanoTime();
    driver.complete(instance, "townshipVerification", "dongyuan", Map.of("townshipDecision", "APPROVE"));
    long t3 = System.nanoTime();
    driver.complete(instance, "bureauApproval", "keji", Map.of("bureauDecision", "APPROVE"));
    long t4 = System.nanoTime();
    if (driver.runJobs(instance) != 1) {
      throw new IllegalStateException("no ledger job for " + instance.getBusinessKey());
    }
    add(ourNanos, t0, t1, t2, t3, t4, System.nanoTime());
  }

  /** The same users, the same three steps, nothing else. */
  void bare() {
    long t0 = System.nanoTime();
    ProcessInstance instance = driver.start("bareLifecycle", "applicant2");
    long t1 = System.nanoTime();
    driver.complete(instance, "filing", "applicant2", Map.of());
    long t2 = System.nanoTime();
    driver.complete(instance, "townshipVerification", "dongyuan", Map.of());
    long t3 = System.nanoTime();
    driver.complete(instance, "bureauApproval", "keji", Map.of());
    long t4 = System.nanoTime();
    add(bareNanos, t0, t1, t2, t3, t4, t4);
  }

  void reset() {
    java.util.Arrays.fill(ourNanos, 0);
    java.util.Arrays.fill(bareNanos, 0);
  }

  /** Milliseconds per application in each step, e.g. "start 8.1 / filing 9.0 / …". */
  static String perStep(String[] names, long[] nanos, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < names.length; i++) {
      if (!names[i].equals("-")) {
        text.append(text.length() == 0 ? "" : " / ").append(names[i]).append(' ')
            .append(String.format("%.1f", nanos[i] / 1e6 / count));
      }
    }
    return text + " ms";
  }

  private static void add(long[] into, long... marks) {
    for (int i = 0; i < into.length; i++) {
      into[i] += marks[i + 1] - marks[i];
    }
  }
}
