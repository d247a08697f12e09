package cn.gov.qztb.subsidy.monitoring;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The engine's figures, each one query computed on scrape:
 * <ul>
 *   <li>{@code camunda_engine_metrics_total{metric="…"}}: Camunda's own meters, summed over the
 *       engine's meter log (ACT_RU_METER_LOG), where every node reports its counts every 15 minutes;
 *       the same cluster-wide total on every node; only where Camunda's metrics are on
 *       ({@code camunda.bpm.metrics.enabled}, as by default; the tests turn them off);</li>
 *   <li>{@code camunda_jobs_executable}: jobs due and not yet run (the backlog);</li>
 *   <li>{@code camunda_incidents_open}: open incidents (a job whose retries are spent, …).</li>
 * </ul>
 * The scrape runs without a user's engine authorizations (no user is set on its thread). A query
 * that fails makes its value NaN, not the scrape fail.
 */
@Component
class EngineMetrics implements MeterBinder {

  static final List<String> ENGINE_METERS = List.of(
      Metrics.ROOT_PROCESS_INSTANCE_START,
      Metrics.ACTIVTY_INSTANCE_START,
      Metrics.ACTIVTY_INSTANCE_END,
      Metrics.JOB_SUCCESSFUL,
      Metrics.JOB_FAILED);

  private static final Logger log = LoggerFactory.getLogger(EngineMetrics.class);

  private final ManagementService management;
  private final RuntimeService runtime;
  private final boolean engineMetersOn;

  EngineMetrics(ManagementService management, RuntimeService runtime,
      @Value("${camunda.bpm.metrics.enabled:true}") boolean engineMetersOn) {
    this.management = management;
    this.runtime = runtime;
    this.engineMetersOn = engineMetersOn;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    if (engineMetersOn) {
      for (String meter : ENGINE_METERS) {
        FunctionCounter.builder("camunda.engine.metrics", this, m -> m.engineMeterSum(meter))
            .tag("metric", meter)
            .description("流程引擎自身的计量（各节点每15分钟写入数据库，全集群合计）")
            .register(registry);
      }
    }
    Gauge.builder("camunda.jobs.executable", management, m -> m.createJobQuery().executable().count())
        .description("已到期待执行的作业数（积压）")
        .register(registry);
    Gauge.builder("camunda.incidents.open", runtime, r -> r.createIncidentQuery().count())
        .description("未解决的流程事件（incident）数")
        .register(registry);
  }

  /** Unlike a gauge's, a function counter's failure would fail the whole scrape. */
  private double engineMeterSum(String meter) {
    try {
      return management.createMetricsQuery().name(meter).sum();
    } catch (RuntimeException e) {
      log.warn("Camunda meter {} could not be read: {}", meter, e.toString());
      return Double.NaN;
    }
  }
}
