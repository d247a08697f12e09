package cn.gov.qztb.subsidy.bench;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import cn.gov.qztb.subsidy.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Benchmark 3, startup: JVM start to a ready application (ApplicationReadyEvent: seeds loaded,
 * programs deployed), against a bare Camunda Spring Boot starter application, each in fresh
 * JVMs, alternating, on in-memory H2. Prints the medians and their ratio.
 */
class StartupBenchmark {

  static final int RUNS = 5;

  @Test
  void timeToReady() throws Exception {
    assumeFalse(TestDatabase.postgres(), "startup is measured once, on H2");
    List<Long> ours = new ArrayList<>();
    List<Long> bare = new ArrayList<>();
    for (int run = 0; run < RUNS + 1; run++) {
      long o = readyMillis("cn.gov.qztb.subsidy.SubsidyApplication", "--spring.datasource.url=jdbc:h2:mem:startup",
          "--subsidy.demo.holder-data=false");
      long b = readyMillis("cn.gov.qztb.barecamunda.BareCamundaApplication");
      if (run > 0) { // the first pair warms the file system cache
        ours.add(o);
        bare.add(b);
      }
    }
    long oursMedian = median(ours);
    long bareMedian = median(bare);
    Report.row("startup", "H2", String.format("ours %.1f s, bare Camunda starter %.1f s, ratio %.2f (goal ≤ 1.3; median of %d fresh JVMs each, alternating)",
        oursMedian / 1e3, bareMedian / 1e3, (double) oursMedian / bareMedian, RUNS));
  }

  static long readyMillis(String mainClass, String... arguments) throws Exception {
    Path log = Files.createTempFile("startup", ".log");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-Dbench.report=true", "-Dbench.exitWhenReady=true", "-cp", classpath(), mainClass, "--server.port=0"));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException(mainClass + " did not get ready: " + log);
    }
    return Files.readAllLines(log).stream().filter(line -> line.startsWith("BENCH-READY "))
        .map(line -> Long.parseLong(line.substring("BENCH-READY ".length()).trim())).findFirst()
        .orElseThrow(() -> new IllegalStateException(mainClass + " printed no BENCH-READY: " + log));
  }

  static String classpath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
