package cn.gov.qztb.subsidy.engine;

import java.util.function.Supplier;

/**
 * A process instance the system itself starts (an offer, 免申即享), with the township tenant it
 * belongs to. Held for the current thread only while the start runs: no client can set it.
 */
public final class SystemStart {

  private static final ThreadLocal<String> TENANT = new ThreadLocal<>();

  private SystemStart() {}

  public static <T> T inTenant(String tenantId, Supplier<T> start) {
    String outer = TENANT.get();
    TENANT.set(tenantId);
    try {
      return start.get();
    } finally {
      if (outer == null) {
        TENANT.remove();
      } else {
        TENANT.set(outer);
      }
    }
  }

  static String tenant() {
    return TENANT.get();
  }
}
