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
 * Benchmark 6, 公示 and 拨付, on embedded PostgreSQL only: a 公示 list of 10,000 entries published
 * and closed, and a payment batch of 10,000 lines compiled, approved and its XLSX payment file
 * written as a stream, in a JVM of its own limited to -Xmx384m ({@link PayoutRun}; its log:
 * target/bench-payout.log). Prints the figures and asserts the goals: each ≤ 10 s, no
 * OutOfMemoryError. {@code -Dbench.awards=N} for another size (the goals are for 10,000).
 */
class PayoutBenchmark {

  static final int AWARDS = Integer.getInteger("bench.awards", 10_000);
  static final String LOG = "bench-payout";
  static final double GOAL_SECONDS = 10;

  @Test
  void publicityAndPaymentOfTenThousandIn384m() throws Exception {
    assumeTrue(TestDatabase.postgres(), "the payout benchmark runs on PostgreSQL");
    String database = TestDatabase.newDatabase();
    List<String> jvm = new ArrayList<>(List.of("-Xmx384m", "-XX:+ExitOnOutOfMemoryError",
        "-Duser.timezone=Asia/Shanghai", "-Dfile.encoding=UTF-8", "-cp", StartupBenchmark.classpath(),
        PayoutRun.class.getName(), database, String.valueOf(AWARDS)));
    AppNode run = AppNode.launch(LOG, 0, jvm);
    if (!run.process().waitFor(30, TimeUnit.MINUTES)) {
      run.process().destroyForcibly().waitFor();
      throw new AssertionError("the payout benchmark did not end within 30 minutes: target/" + LOG + ".log");
    }
    List<String> log = Files.readAllLines(AppNode.log(LOG));
    Map<String, String> figures = new LinkedHashMap<>();
    List<String> phases = new ArrayList<>();
    for (String line : log) {
      if (line.startsWith(HolderImportRun.PREFIX)) {
        System.out.println(line);
        String[] parts = line.substring(HolderImportRun.PREFIX.length()).split(" ", 2);
        if (parts[0].equals("heapPhase")) {
          phases.add(parts[1]);
        } else if (!parts[0].equals("cpuPhase")) {
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
    double compile = number(figures, "publicityCompileSeconds");
    double publish = number(figures, "publicityPublishSeconds");
    double close = number(figures, "publicityCloseSeconds");
    double submit = number(figures, "batchSubmitSeconds");
    double approve = number(figures, "batchApproveSeconds");
    double xlsx = number(figures, "xlsxSeconds");
    Report.row("公示", "PostgreSQL", String.format("a list of %,d entries: compiled %.1f s, published %.1f s"
            + " (**%.1f s**, goal ≤ %.0f s); the period's end publicizing them %.1f s (goal ≤ %.0f s)",
        (long) number(figures, "publicityEntries"), compile, publish, compile + publish, GOAL_SECONDS, close, GOAL_SECONDS));
    Report.row("拨付", "PostgreSQL", String.format("a batch of %,d lines: compiled and submitted %.1f s, approved"
            + " (accounts taken, awards ORDERED) %.1f s, XLSX payment file of %,d KB streamed %.1f s (**%.1f s**,"
            + " goal ≤ %.0f s); the bank's return of every line imported %.1f s",
        (long) number(figures, "batchLines"), submit, approve, (long) number(figures, "xlsxBytes") / 1024, xlsx,
        submit + approve + xlsx, GOAL_SECONDS, number(figures, "bankReturnSeconds")));
    Report.row("公示 and 拨付 memory", "PostgreSQL", String.format("-Xmx384m (max heap %s MB): no OutOfMemoryError;"
            + " peak heap in use %s MB, at most %s MB after a collection; %s", figures.get("heapMaxMb"),
        figures.get("heapPeakMb"), figures.get("heapPeakAfterGcMb"), String.join("; ", phases)));

    SoftAssertions goals = new SoftAssertions();
    goals.assertThat(number(figures, "publicityEntries")).as("entries").isGreaterThanOrEqualTo(AWARDS);
    goals.assertThat(number(figures, "publicized")).as("publicized").isGreaterThanOrEqualTo(AWARDS);
    goals.assertThat(number(figures, "batchLines")).as("lines").isGreaterThanOrEqualTo(AWARDS);
    goals.assertThat(number(figures, "ordered")).as("ordered").isEqualTo(number(figures, "batchLines"));
    goals.assertThat(number(figures, "paid")).as("paid").isEqualTo(number(figures, "batchLines"));
    goals.assertThat(figures.get("batchEnded")).as("the batch's process ended").isEqualTo("true");
    goals.assertThat(compile + publish).as("publicity list, seconds").isLessThanOrEqualTo(GOAL_SECONDS);
    goals.assertThat(close).as("publicity end, seconds").isLessThanOrEqualTo(GOAL_SECONDS);
    goals.assertThat(submit + approve + xlsx).as("payment batch and file, seconds").isLessThanOrEqualTo(GOAL_SECONDS);
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
