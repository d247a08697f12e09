package cn.gov.qztb.subsidy.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.gov.qztb.subsidy.access.AccessRules;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.Filings;
import cn.gov.qztb.subsidy.support.ProcessTest;
import cn.gov.qztb.subsidy.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark 2, the task list at scale (PostgreSQL only): the request Tasklist sends for a
 * township verifier's first page (filter 本组待办, 15 tasks, newest first, HAL with the card
 * variables), authorization checks on, with 5,000 open tasks over the four townships and
 * 1,000, 10,000 and 100,000 finished applications in history. Prints p50 and p95 per size.
 */
@ProcessTest
class TaskListBenchmark {

  static final int OPEN = Integer.getInteger("bench.open", 5_000);
  static final int FINISHED = Integer.getInteger("bench.finished", 1_000);
  static final int SAMPLES = Integer.getInteger("bench.samples", 100);
  static final String[][] TOWNSHIPS = {{"applicant1", "luoyang"}, {"applicant2", "dongyuan"},
      {"applicant3", "zhangban"}, {"applicant4", "baiqi"}};

  @Autowired ApplicationDriver driver;
  @Autowired RepositoryService repository;
  @Autowired AccessRules access;
  @Autowired FilterService filters;
  @Autowired HistoryService history;
  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  final AtomicInteger projects = new AtomicInteger();
  final HttpClient http = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void firstPageOfAVerifiersTasks() throws Exception {
    assumeTrue(TestDatabase.postgres(), "the task list benchmark runs on PostgreSQL");
    long started = System.nanoTime();
    inParallel(FINISHED, this::finished);
    inParallel(OPEN, i -> filed(TOWNSHIPS[i % 4][0]));
    String tuning = System.getProperty("bench.afterLoadSql");
    if (tuning != null) { // for trying out indexes and statistics before they become migrations
      for (String statement : tuning.split(";")) {
        jdbc.execute(statement);
      }
    }
    jdbc.execute("analyze");
    System.out.printf("TaskListBenchmark: %d open and %d finished applications made in %.0f s%n", OPEN, FINISHED,
        (System.nanoTime() - started) / 1e9);
    String filter = filters.createFilterQuery().filterName("本组待办").singleResult().getId();

    List<double[]> sizes = new ArrayList<>();
    sizes.add(measure(filter, FINISHED));
    if (Boolean.getBoolean("bench.smallestOnly")) {
      keepDatabaseForInspection();
      return;
    }
    HistoryCopier copier = new HistoryCopier(jdbc);
    copier.copy("noStopConstructionBonus", 1, 9);
    sizes.add(measure(filter, 10 * FINISHED));
    copier.copy("noStopConstructionBonus", 10, 90);
    sizes.add(measure(filter, 100 * FINISHED));

    double growth = sizes.get(2)[1] / sizes.get(0)[1];
    Report.row("task list growth", "PostgreSQL", String.format("p95 %.1f ms at 1,000 → %.1f ms at 100,000 finished: %.2f× (goal ≤ 1.5×)",
        sizes.get(0)[1], sizes.get(2)[1], growth));
  }

  /** With -Dbench.inspectSeconds=N the database stays up N seconds more, for psql and EXPLAIN. */
  private void keepDatabaseForInspection() throws Exception {
    int seconds = Integer.getInteger("bench.inspectSeconds", 0);
    if (seconds > 0) {
      try (var connection = jdbc.getDataSource().getConnection()) {
        System.out.println("TaskListBenchmark: database kept for inspection at " + connection.getMetaData().getURL());
      }
      Thread.sleep(seconds * 1000L);
    }
  }

  private double[] measure(String filter, int finished) {
    long count = history.createHistoricProcessInstanceQuery().finished().count();
    long authorizations = jdbc.queryForObject("select count(*) from act_ru_authorization", Long.class);
    List<Double> rest = new ArrayList<>();
    List<Double> engine = new ArrayList<>();
    for (int i = 0; i < SAMPLES + 20; i++) {
      String verifier = TOWNSHIPS[i % 4][1];
      long start = System.nanoTime();
      JsonNode page = firstPage(verifier, filter);
      long middle = System.nanoTime();
      int tasks = driver.as(verifier, () -> filters.listPage(filter, 0, 15)).size();
      long end = System.nanoTime();
      if (page.path("_embedded").path("task").size() != 15 || tasks != 15) {
        throw new IllegalStateException(verifier + " got " + page.path("_embedded").path("task").size() + " tasks");
      }
      if (i >= 20) {
        rest.add((middle - start) / 1e6);
        engine.add((end - middle) / 1e6);
      }
    }
    double[] request = percentiles(rest);
    double[] query = percentiles(engine);
    Report.row("task list", "PostgreSQL", String.format("%,d finished (%,d in history, %,d authorizations), %,d open:"
        + " Tasklist's request p50 %.1f ms, p95 %.1f ms (goal p95 ≤ 20 ms); the engine's filter query alone p50 %.1f ms, p95 %.1f ms",
        finished, count, authorizations, OPEN, request[0], request[1], query[0], query[1]));
    return request;
  }

  private static double[] percentiles(List<Double> millis) {
    List<Double> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    return new double[] {sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1)};
  }

  /**
   * What Tasklist sends: POST /filter/{id}/list, HAL (tasks with their card variables), newest
   * first, on a kept-alive connection as a browser's.
   */
  private JsonNode firstPage(String verifier, String filter) {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/filter/" + filter
              + "/list?firstResult=0&maxResults=15"))
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((verifier + ":demo").getBytes()))
          .header("Content-Type", "application/json").header("Accept", "application/hal+json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}"))
          .build();
      return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private ProcessInstance filed(String applicant) {
    ProcessInstance instance = driver.start("noStopConstructionBonus", applicant);
    driver.complete(instance, "filing", applicant, Filings.noStopConstruction("SCALE-" + projects.incrementAndGet()));
    return instance;
  }

  private void finished(int i) {
    String[] township = TOWNSHIPS[i % 4];
    ProcessInstance instance = filed(township[0]);
    driver.complete(instance, "townshipVerification", township[1], Map.of("townshipDecision", "APPROVE"));
    driver.complete(instance, "bureauApproval", "keji", Map.of("bureauDecision", "APPROVE"));
    driver.runJobs(instance);
  }

  private static void inParallel(int count, java.util.function.IntConsumer work) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int n = i;
      done.add(threads.submit(() -> work.accept(n)));
    }
    for (Future<?> future : done) {
      future.get();
    }
    threads.shutdown();
  }
}
