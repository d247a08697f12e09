package cn.gov.qztb.subsidy.bench;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import cn.gov.qztb.subsidy.support.AppNode;
import cn.gov.qztb.subsidy.support.Filings;
import cn.gov.qztb.subsidy.support.TestDatabase;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Benchmark 4, memory: the demo in a JVM limited to -Xmx384m runs a full lifecycle benchmark
 * over REST (start, filing, verification, approval, the ledger job on its job executor) without
 * running out; prints the peak heap in use.
 */
class MemoryBenchmark {

  static final int APPLICATIONS = 1_000;

  @Test
  void demoFitsIn384m() throws Exception {
    assumeFalse(TestDatabase.postgres(), "memory is measured once, on H2");
    int port = AppNode.freePort();
    AppNode demo = AppNode.launch("bench-memory", port, List.of("-Xmx384m", "-Dbench.report=true",
        "-XX:+ExitOnOutOfMemoryError", "-cp", StartupBenchmark.classpath(), "cn.gov.qztb.subsidy.SubsidyApplication",
        "--server.port=" + port, "--spring.datasource.url=jdbc:h2:mem:memory", "--subsidy.demo.holder-data=false"));
    long started;
    try {
      demo.awaitReady(Duration.ofMinutes(3));
      started = System.nanoTime();
      for (int i = 0; i < APPLICATIONS; i++) {
        String id = demo.startApplication("applicant2", "noStopConstructionBonus").path("id").asText();
        demo.complete("applicant2", id, "filing", Filings.noStopConstruction("MEMORY-" + i));
        demo.complete("dongyuan", id, "townshipVerification", Map.of("townshipDecision", "APPROVE"));
        demo.complete("keji", id, "bureauApproval", Map.of("bureauDecision", "APPROVE"));
      }
      long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      while (demo.get("admin", "/engine-rest/process-instance/count").path("count").asInt() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(500);
      }
      if (demo.get("admin", "/engine-rest/process-instance/count").path("count").asInt() > 0) {
        throw new IllegalStateException("ledger jobs did not finish");
      }
    } finally {
      demo.close();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    List<String> log = Files.readAllLines(AppNode.log("bench-memory"));
    if (log.stream().anyMatch(line -> line.contains("OutOfMemoryError"))) {
      throw new AssertionError("the demo ran out of memory: target/bench-memory.log");
    }
    String peak = log.stream().filter(line -> line.startsWith("BENCH-PEAK-HEAP ")).findFirst().orElseThrow();
    String[] parts = peak.split(" ");
    Report.row("memory", "H2", String.format("-Xmx384m (max heap %d MB): %,d applications over REST in %.0f s, no OutOfMemoryError; peak heap in use %d MB",
        Long.parseLong(parts[3]) / (1 << 20), APPLICATIONS, seconds, Long.parseLong(parts[1]) / (1 << 20)));
  }
}
