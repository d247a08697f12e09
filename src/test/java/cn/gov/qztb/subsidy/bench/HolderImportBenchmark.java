package cn.gov.qztb.subsidy.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.gov.qztb.subsidy.support.AppNode;
import cn.gov.qztb.subsidy.support.TestDatabase;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Benchmark 5, holders' data (免申即享), on embedded PostgreSQL only: 10,000 enterprises, one
 * XLSX of their industrial electricity (6 months each, 60,000 rows) imported; the offer matching
 * that follows run to its end; the same file imported again. All of it in a JVM of its own
 * limited to -Xmx384m ({@link HolderImportRun}; its log: target/bench-holder-import.log). Prints
 * the figures and asserts the goals: first import ≤ 10 s, offers ≥ 100 a second, the unchanged
 * file again ≤ 5 s creating nothing, no OutOfMemoryError.
 *
 * <p>{@code -Dbench.enterprises=N} for another size (the goals are for 10,000);
 * {@code -Dbench.jfr=true} records a Java Flight Recording of the run in
 * target/bench-holder-import.jfr.
 */
class HolderImportBenchmark {

  static final int ENTERPRISES = Integer.getInteger("bench.enterprises", 10_000);
  /** -Dbench.offerBatchSize=N: the enterprises per offerMatching job (subsidy.offers.batch-size), for trying. */
  static final Integer BATCH_SIZE = Integer.getInteger("bench.offerBatchSize");
  static final String LOG = "bench-holder-import";
  static final double IMPORT_SECONDS = 10;
  static final double REIMPORT_SECONDS = 5;
  static final double OFFERS_PER_SECOND = 100;

  @Test
  void importAndOffersIn384m() throws Exception {
    assumeTrue(TestDatabase.postgres(), "the holder import benchmark runs on PostgreSQL");
    String database = TestDatabase.newDatabase();
    List<String> jvm = new ArrayList<>(List.of("-Xmx384m", "-XX:+ExitOnOutOfMemoryError",
        "-Duser.timezone=Asia/Shanghai", "-Dfile.encoding=UTF-8"));
    if (Boolean.getBoolean("bench.jfr")) {
      jvm.add("-XX:FlightRecorderOptions:stackdepth=128");
      jvm.add("-XX:StartFlightRecording=filename=target/" + LOG + ".jfr,settings=default");
    }
    jvm.addAll(List.of("-cp", StartupBenchmark.classpath(), HolderImportRun.class.getName(), database,
        String.valueOf(ENTERPRISES)));
    if (BATCH_SIZE != null) {
      jvm.add(String.valueOf(BATCH_SIZE));
    }
    AppNode run = AppNode.launch(LOG, 0, jvm);
    if (!run.process().waitFor(45, TimeUnit.MINUTES)) {
      run.process().destroyForcibly().waitFor();
      throw new AssertionError("the holder import benchmark did not end within 45 minutes: target/" + LOG + ".log");
    }
    List<String> log = Files.readAllLines(AppNode.log(LOG));
    Map<String, String> figures = new LinkedHashMap<>();
    List<String> phases = new ArrayList<>();
    List<String> cpu = new ArrayList<>();
    for (String line : log) {
      if (line.startsWith(HolderImportRun.PREFIX)) {
        System.out.println(line);
        String[] parts = line.substring(HolderImportRun.PREFIX.length()).split(" ", 2);
        if (parts[0].equals("heapPhase")) {
          phases.add(parts[1]);
        } else if (parts[0].equals("cpuPhase")) {
          cpu.add(parts[1]);
        } else {
          figures.put(parts[0], parts[1]);
        }
      }
    }
    if (log.stream().anyMatch(line -> line.contains("OutOfMemoryError"))) {
      throw new AssertionError("the run ran out of memory in -Xmx384m: target/" + LOG + ".log");
    }
    if (run.process().exitValue() != 0 || !figures.containsKey("heapPeakMb")) {
      throw new AssertionError("the run failed (exit " + run.process().exitValue() + "): target/" + LOG + ".log");
    }

    double importSeconds = number(figures, "importSeconds");
    double reimportSeconds = number(figures, "reimportSeconds");
    double offersPerSecond = number(figures, "offersPerSecond");
    long offers = (long) number(figures, "offers");
    List<Long> jobMillis = java.util.Arrays.stream(figures.getOrDefault("matchJobMillis", "").split(","))
        .filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    List<Long> sorted = jobMillis.stream().sorted().toList();
    String jobs = jobMillis.isEmpty() ? "none" : String.format("first %,d ms, median %,d ms, longest %,d ms, last %,d ms",
        jobMillis.get(0), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), jobMillis.get(jobMillis.size() - 1));
    Report.row("holder import", "PostgreSQL", String.format("%,d rows (%,d enterprises × 6 months of electricity), XLSX %,d KB:"
            + " first import %.1f s (goal ≤ %.0f s), %s; the same file again %.1f s (goal ≤ %.0f s), %s, %s new import rows,"
            + " %s new process instances",
        (long) number(figures, "importRows"), ENTERPRISES, (long) number(figures, "fileBytes") / 1024, importSeconds,
        IMPORT_SECONDS, figures.get("importOutcome"), reimportSeconds, REIMPORT_SECONDS, figures.get("reimportOutcome"),
        figures.get("reimportImportRows"), figures.get("reimportInstances")));
    Report.row("offers", "PostgreSQL", String.format("%,d offers (1-2月 %s, 一季度 %s; %,d at 确认申领) in %.1f s:"
            + " **%.1f offers/s** (goal ≥ %.0f/s); %s jobs of up to %s enterprises each (%s)",
        offers, figures.get("offersJanFeb"), figures.get("offersQ1"), (long) number(figures, "atConfirmOffer"),
        number(figures, "matchSeconds"), offersPerSecond, OFFERS_PER_SECOND, figures.get("matchJobs"),
        figures.get("batchSize"), jobs));
    Report.row("holder import memory", "PostgreSQL", String.format("-Xmx384m (max heap %s MB): no OutOfMemoryError;"
            + " peak heap in use %s MB (sampled every 20 ms), at most %s MB after a collection; %s",
        figures.get("heapMaxMb"), figures.get("heapPeakMb"), figures.get("heapPeakAfterGcMb"), String.join("; ", phases)));
    Report.row("holder import, where the time goes", "PostgreSQL", String.format("application start %.1f s;"
            + " %,d enterprises registered by JDBC batch %.2f s; XLSX written %.1f s; reading the file alone %.1f s,"
            + " reading and checking it %.1f s; matching %s enterprises again without starting anything %.1f s; %s",
        number(figures, "startSeconds"), ENTERPRISES, number(figures, "registerSeconds"), number(figures, "writeSeconds"),
        number(figures, "diagnoseReadSeconds"), number(figures, "diagnoseReadCheckSeconds"),
        figures.get("diagnoseMatchNoStartEnterprises"), number(figures, "diagnoseMatchNoStartSeconds"),
        String.join("; ", cpu)));

    SoftAssertions goals = new SoftAssertions();
    goals.assertThat(figures.get("importOutcome")).as("first import").isEqualTo("IMPORTED");
    goals.assertThat(number(figures, "importAdded")).as("rows added").isEqualTo(6.0 * ENTERPRISES);
    goals.assertThat(number(figures, "importUnregistered")).as("unregistered rows").isZero();
    goals.assertThat(number(figures, "importRowsAdded")).as("data_import rows of the first import").isEqualTo(1.0);
    goals.assertThat(importSeconds).as("first import, seconds").isLessThanOrEqualTo(IMPORT_SECONDS);
    goals.assertThat(offers).as("offers").isPositive()
        .isEqualTo((long) number(figures, "atConfirmOffer"))
        .isEqualTo((long) number(figures, "expectedOffers"))
        .isEqualTo((long) number(figures, "offersMadeVariable"));
    goals.assertThat(offersPerSecond).as("offers a second").isGreaterThanOrEqualTo(OFFERS_PER_SECOND);
    goals.assertThat(figures.get("reimportOutcome")).as("the same file again").isEqualTo("UNCHANGED");
    goals.assertThat(number(figures, "reimportUnchanged")).as("rows unchanged").isEqualTo(6.0 * ENTERPRISES);
    goals.assertThat(number(figures, "reimportImportRows")).as("new data_import rows").isZero();
    goals.assertThat(number(figures, "reimportInstances")).as("new process instances").isZero();
    goals.assertThat(number(figures, "reimportJobs")).as("new jobs").isZero();
    goals.assertThat(number(figures, "reimportRecords")).as("new holder records").isZero();
    goals.assertThat(reimportSeconds).as("the same file again, seconds").isLessThanOrEqualTo(REIMPORT_SECONDS);
    goals.assertAll();
  }

  private static double number(Map<String, String> figures, String key) {
    String value = figures.get(key);
    if (value == null) {
      throw new AssertionError("the run printed no " + key + ": target/" + LOG + ".log");
    }
    return Double.parseDouble(value);
  }
}
