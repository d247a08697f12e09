package cn.gov.qztb.subsidy.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The programs' gauges share one query per scrape, and never show figures older than allowed. */
class CachedTest {

  final AtomicLong nanos = new AtomicLong(1_000);
  final AtomicInteger reads = new AtomicInteger();

  @Test
  void readsOncePerMaxAge() {
    Cached<Integer> cached = new Cached<>(reads::incrementAndGet, Duration.ofSeconds(5), nanos::get);

    assertThat(cached.get()).isEqualTo(1);
    nanos.addAndGet(Duration.ofMillis(4_999).toNanos());
    assertThat(cached.get()).isEqualTo(1);
    nanos.addAndGet(Duration.ofMillis(1).toNanos());
    assertThat(cached.get()).isEqualTo(2);
    assertThat(reads).hasValue(2);
  }

  @Test
  void aZeroMaxAgeReadsEveryTime() {
    Cached<Integer> cached = new Cached<>(reads::incrementAndGet, Duration.ZERO, nanos::get);

    assertThat(cached.get()).isEqualTo(1);
    assertThat(cached.get()).isEqualTo(2);
  }
}
