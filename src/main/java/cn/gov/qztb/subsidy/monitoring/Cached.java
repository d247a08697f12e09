package cn.gov.qztb.subsidy.monitoring;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value read at most once per {@code maxAge}: the gauges of one scrape share one database query.
 * Per node, and never older than {@code maxAge}; with a zero {@code maxAge} every call reads.
 */
final class Cached<T> {

  private final Supplier<T> source;
  private final long maxAgeNanos;
  private final LongSupplier nanoTime;
  private T value;
  private long readAt;
  private boolean read;

  Cached(Supplier<T> source, Duration maxAge, LongSupplier nanoTime) {
    this.source = source;
    this.maxAgeNanos = maxAge.toNanos();
    this.nanoTime = nanoTime;
  }

  synchronized T get() {
    long now = nanoTime.getAsLong();
    if (!read || now - readAt >= maxAgeNanos) {
      value = source.get();
      readAt = now;
      read = true;
    }
    return value;
  }
}
