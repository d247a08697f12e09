package cn.gov.qztb.subsidy.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * In a benchmarked JVM (registered in src/test/resources/META-INF/spring.factories, active only
 * with -Dbench.report=true): prints the JVM's uptime when the application is ready, optionally
 * exits then, and prints the peak heap in use when the JVM ends.
 */
public class ReadyReporter implements ApplicationListener<ApplicationReadyEvent> {

  private static final AtomicLong PEAK = new AtomicLong();

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    if (!Boolean.getBoolean("bench.report")) {
      return;
    }
    System.out.println("BENCH-READY " + ManagementFactory.getRuntimeMXBean().getUptime());
    if (Boolean.getBoolean("bench.exitWhenReady")) {
      System.exit(0);
    }
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    Thread sampler = new Thread(() -> {
      while (true) {
        PEAK.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "bench-heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("BENCH-PEAK-HEAP " + PEAK.get()
        + " MAX-HEAP " + memory.getHeapMemoryUsage().getMax())));
  }
}
