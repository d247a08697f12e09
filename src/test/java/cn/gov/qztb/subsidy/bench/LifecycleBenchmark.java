package cn.gov.qztb.subsidy.bench;

import cn.gov.qztb.subsidy.access.AccessRules;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.ProcessTest;
import cn.gov.qztb.subsidy.support.TestDatabase;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benchmark 1, lifecycle throughput: complete applications per second against the bare process
 * of the same shape, on the same engine, database and history level, authorization checks on,
 * alternating batches of the two. Prints both rates and their ratio; asserts nothing about time.
 */
@ProcessTest
class LifecycleBenchmark {

  static final int WARMUP = 100;
  static final int ROUNDS = 10;
  static final int BATCH = 50;

  @Autowired ApplicationDriver driver;
  @Autowired RepositoryService repository;
  @Autowired AccessRules access;

  @Test
  void applicationsPerSecond() throws Exception {
    Lifecycles lifecycles = new Lifecycles(driver, repository, access);
    for (int i = 0; i < WARMUP; i++) {
      lifecycles.application();
      lifecycles.bare();
    }
    lifecycles.reset();
    long ours = 0;
    long bare = 0;
    for (int round = 0; round < ROUNDS; round++) {
      long start = System.nanoTime();
      for (int i = 0; i < BATCH; i++) {
        lifecycles.application();
      }
      ours += System.nanoTime() - start;
      start = System.nanoTime();
      for (int i = 0; i < BATCH; i++) {
        lifecycles.bare();
      }
      bare += System.nanoTime() - start;
    }
    int count = ROUNDS * BATCH;
    double oursRate = count / (ours / 1e9);
    double bareRate = count / (bare / 1e9);
    Report.row("lifecycle", TestDatabase.postgres() ? "PostgreSQL" : "H2",
        String.format("noStopConstructionBonus %.1f/s, bare %.1f/s, ratio %.2f (goal ≥ 0.85; %d each, alternating batches of %d)",
            oursRate, bareRate, oursRate / bareRate, count, BATCH));
    Report.row("lifecycle steps", TestDatabase.postgres() ? "PostgreSQL" : "H2",
        "ours: " + Lifecycles.perStep(Lifecycles.OUR_STEPS, lifecycles.ourNanos, count)
            + "; bare: " + Lifecycles.perStep(Lifecycles.BARE_STEPS, lifecycles.bareNanos, count));
  }
}
