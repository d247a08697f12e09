package cn.gov.qztb.subsidy.access;

import cn.gov.qztb.subsidy.Refusal;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Counts the application's refusals ({@link Refusal}) answered to a client, by kind: where the gate
 * turns the REST API's error into the refusal's status ({@link ClientErrorResponse}) and where
 * /api answers one (web/RefusalAdvice). Exposed as {@code subsidy_refusals_total{kind="bad_input"}}.
 * Per node; every kind is there from the start, at zero.
 */
@Component
public class RefusalCounter {

  public static final String METER = "subsidy.refusals";

  private final Map<Refusal.Kind, Counter> counters = new EnumMap<>(Refusal.Kind.class);

  public RefusalCounter(MeterRegistry registry) {
    for (Refusal.Kind kind : Refusal.Kind.values()) {
      counters.put(kind, Counter.builder(METER)
          .tag("kind", kind.name().toLowerCase(Locale.ROOT))
          .description("答复给客户端的业务拒绝次数（按类型：输入有误、无权、不存在、冲突）")
          .register(registry));
    }
  }

  public void answered(Refusal.Kind kind) {
    counters.get(kind).increment();
  }
}
