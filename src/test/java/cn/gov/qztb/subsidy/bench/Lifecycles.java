package cn.gov.qztb.subsidy.bench;

import cn.gov.qztb.subsidy.access.AccessRules;
import cn.gov.qztb.subsidy.reference.Enterprise;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.Filings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.core.io.ClassPathResource;

/**
 * One complete application, and its two yardsticks: the bare process of the same shape, with one
 * variable, and the same bare process writing the variables an application writes. All keep the
 * time spent in each of their steps, to show where the difference lies.
 */
final class Lifecycles {

  static final String[] OUR_STEPS = {"start", "filing", "township", "bureau", "ledger job"};
  static final String[] BARE_STEPS = {"start", "task 1", "task 2", "task 3", "-"};

  private static final AtomicLong PROJECTS = new AtomicLong();

  private final ApplicationDriver driver;
  private final HistoryService history;
  private final RuntimeService runtime;
  final long[] ourNanos = new long[5];
  final long[] bareNanos = new long[5];
  final long[] sameVariablesNanos = new long[5];
  /** The variables one application writes at each of its steps, in order (the ledger job's with the last task's). */
  private List<Map<String, Object>> profile;

  Lifecycles(ApplicationDriver driver, RepositoryService repository, HistoryService history, RuntimeService runtime,
      AccessRules access) throws Exception {
    this.driver = driver;
    this.history = history;
    this.runtime = runtime;
    repository.createDeployment().name("bench").source("bench")
        .addInputStream("bareLifecycle.bpmn", new ClassPathResource("bench/bareLifecycle.bpmn").getInputStream())
        .addInputStream("bareLifecycleVariables.bpmn",
            new ClassPathResource("bench/bareLifecycleVariables.bpmn").getInputStream())
        .enableDuplicateFiltering(false).deploy();
    access.enterprise(Enterprise.groupIdOf("91350521MAWPDQNQ93"), List.of("bareLifecycle", "bareLifecycleVariables"));
  }

  /**
   * Records which variables one application writes at each step (every write is a row of the full
   * history, ACT_HI_DETAIL): the second yardstick writes as many, of the same types, with the
   * same values, at the same steps.
   */
  String captureProfile() {
    List<List<HistoricVariableUpdate>> steps = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    ProcessInstance instance = driver.start("noStopConstructionBonus", "applicant2");
    steps.add(newUpdates(instance, seen));
    driver.complete(instance, "filing", "applicant2", Filings.noStopConstruction("BENCH-PROFILE-" + PROJECTS.incrementAndGet()));
    steps.add(newUpdates(instance, seen));
    driver.complete(instance, "townshipVerification", "dongyuan", Map.of("townshipDecision", "APPROVE"));
    steps.add(newUpdates(instance, seen));
    driver.complete(instance, "bureauApproval", "keji", Map.of("bureauDecision", "APPROVE"));
    steps.add(newUpdates(instance, seen));
    driver.runJobs(instance);
    steps.get(3).addAll(newUpdates(instance, seen));
    profile = new ArrayList<>();
    Map<String, Integer> types = new java.util.TreeMap<>();
    int writes = 0;
    for (List<HistoricVariableUpdate> step : steps) {
      Map<String, Object> variables = new LinkedHashMap<>();
      for (HistoricVariableUpdate update : step) {
        String name = update.getVariableName();
        while (variables.containsKey(name)) {
          name = name + "+"; // a second write of one variable in one step: another variable, one more row
        }
        variables.put(name, update.getValue());
        types.merge(update.getTypeName(), 1, Integer::sum);
        writes++;
      }
      profile.add(variables);
    }
    return writes + " variable writes per application (" + types + "), per step "
        + profile.stream().map(m -> String.valueOf(m.size())).collect(Collectors.joining(" / "));
  }

  private List<HistoricVariableUpdate> newUpdates(ProcessInstance instance, Set<String> seen) {
    List<HistoricVariableUpdate> updates = new ArrayList<>();
    for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(instance.getId())
        .variableUpdates().orderPartiallyByOccurrence().asc().list()) {
      if (seen.add(detail.getId())) {
        updates.add((HistoricVariableUpdate) detail);
      }
    }
    return updates;
  }

  /** The bare process, writing at each step the variables an application writes there. */
  void sameVariables() {
    long t0 = System.nanoTime();
    ProcessInstance instance = driver.as("applicant2",
        () -> runtime.startProcessInstanceByKey("bareLifecycleVariables", profile.get(0)));
    long t1 = System.nanoTime();
    driver.complete(instance, "filing", "applicant2", profile.get(1));
    long t2 = System.nanoTime();
    driver.complete(instance, "townshipVerification", "dongyuan", profile.get(2));
    long t3 = System.nanoTime();
    driver.complete(instance, "bureauApproval", "keji", profile.get(3));
    long t4 = System.nanoTime();
    add(sameVariablesNanos, t0, t1, t2, t3, t4, t4);
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
    java.util.Arrays.fill(sameVariablesNanos, 0);
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
