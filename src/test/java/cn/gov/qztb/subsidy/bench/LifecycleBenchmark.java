package cn.gov.qztb.subsidy.bench;

import cn.gov.qztb.subsidy.access.AccessRules;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.ProcessTest;
import cn.gov.qztb.subsidy.support.TestDatabase;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benchmark 1, lifecycle throughput: complete applications per second against two bare processes
 * of the same shape, on the same engine, database and history level, authorization checks on,
 * alternating batches: one writing a single variable, one writing the same variables as an
 * application (count, types and values, step by step). Prints the rates and the ratios; asserts
 * nothing about time.
 */
@ProcessTest
class LifecycleBenchmark {

  static final int WARMUP = 100;
  static final int ROUNDS = 10;
  static final int BATCH = 50;

  @Autowired ApplicationDriver driver;
  @Autowired RepositoryService repository;
  @Autowired HistoryService history;
  @Autowired RuntimeService runtime;
  @Autowired AccessRules access;

  @Test
  void applicationsPerSecond() throws Exception {
    Lifecycles lifecycles = new Lifecycles(driver, repository, history, runtime, access);
    String profile = lifecycles.captureProfile();
    for (int i = 0; i < WARMUP; i++) {
      lifecycles.application();
      lifecycles.bare();
      lifecycles.sameVariables();
    }
    lifecycles.reset();
    long ours = 0;
    long bare = 0;
    long same = 0;
    for (int round = 0; round < ROUNDS; round++) {
      ours += timed(lifecycles::application);
      bare += timed(lifecycles::bare);
      same += timed(lifecycles::sameVariables);
    }
    int count = ROUNDS * BATCH;
    double oursRate = count / (ours / 1e9);
    double bareRate = count / (bare / 1e9);
    double sameRate = count / (same / 1e9);
    String database = TestDatabase.postgres() ? "PostgreSQL" : "H2";
    Report.row("lifecycle", database, String.format(
        "noStopConstructionBonus %.1f/s; bare with the same variables %.1f/s: ratio %.2f (goal ≥ 0.85); bare with one variable %.1f/s: ratio %.2f (%d each, alternating batches of %d)",
        oursRate, sameRate, oursRate / sameRate, bareRate, oursRate / bareRate, count, BATCH));
    Report.row("lifecycle variables", database, profile);
    Report.row("lifecycle steps", database,
        "ours: " + Lifecycles.perStep(Lifecycles.OUR_STEPS, lifecycles.ourNanos, count)
            + "; same variables: " + Lifecycles.perStep(Lifecycles.BARE_STEPS, lifecycles.sameVariablesNanos, count)
            + "; one variable: " + Lifecycles.perStep(Lifecycles.BARE_STEPS, lifecycles.bareNanos, count));
  }

  private static long timed(Runnable lifecycle) {
    long start = System.nanoTime();
    for (int i = 0; i < BATCH; i++) {
      lifecycle.run();
    }
    return System.nanoTime() - start;
  }
}
