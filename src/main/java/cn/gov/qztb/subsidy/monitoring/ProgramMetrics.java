package cn.gov.qztb.subsidy.monitoring;

import cn.gov.qztb.subsidy.application.ApplicationStatus;
import cn.gov.qztb.subsidy.program.ProgramRegistry;
import cn.gov.qztb.subsidy.program.SubsidyProgram;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The programs' figures, read from the database (the record, not the processes), so the same on
 * every node: one aggregate query per table, shared by the gauges of a scrape and at most
 * {@code subsidy.metrics.max-age} (5 s) old.
 * <ul>
 *   <li>{@code subsidy_applications{program, status}}: applications by status;</li>
 *   <li>{@code subsidy_filings{program}}: applications filed at least once (not drafts, nor offers never confirmed);</li>
 *   <li>{@code subsidy_awards{program}}: award records in the ledger;</li>
 *   <li>{@code subsidy_awards_amount_yuan{program}}: their amounts added up, in yuan.</li>
 * </ul>
 */
@Component
class ProgramMetrics implements MeterBinder {

  /** Awards of one program: how many, and how much. */
  record AwardTotals(long count, BigDecimal amount) {}

  private final ProgramRegistry programs;
  private final Cached<Map<String, Map<String, Long>>> applications;
  private final Cached<Map<String, AwardTotals>> awards;

  ProgramMetrics(ProgramRegistry programs, JdbcTemplate jdbc,
      @Value("${subsidy.metrics.max-age:5s}") Duration maxAge) {
    this.programs = programs;
    this.applications = new Cached<>(() -> applicationsByStatus(jdbc), maxAge, System::nanoTime);
    this.awards = new Cached<>(() -> awardTotals(jdbc), maxAge, System::nanoTime);
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (SubsidyProgram<?, ?> program : programs.all()) {
      String key = program.key();
      for (ApplicationStatus status : ApplicationStatus.values()) {
        Gauge.builder("subsidy.applications", this, m -> m.applications(key, status.name()))
            .tags("program", key, "status", status.name())
            .description("各项目按状态的申请数")
            .register(registry);
      }
      Gauge.builder("subsidy.filings", this, m -> m.filings(key))
          .tag("program", key)
          .description("各项目已提交过的申请数（不含待填报）")
          .register(registry);
      Gauge.builder("subsidy.awards", this, m -> m.awardTotals(key).count())
          .tag("program", key)
          .description("各项目奖补台账记录数")
          .register(registry);
      Gauge.builder("subsidy.awards.amount", this, m -> m.awardTotals(key).amount().doubleValue())
          .tag("program", key)
          .baseUnit("yuan")
          .description("各项目奖补金额合计（元）")
          .register(registry);
    }
  }

  private double applications(String program, String status) {
    return applications.get().getOrDefault(program, Map.of()).getOrDefault(status, 0L);
  }

  private static final Set<String> NOT_FILED = Set.of(ApplicationStatus.DRAFT.name(),
      ApplicationStatus.OFFERED.name(), ApplicationStatus.DISPUTED.name(), ApplicationStatus.DECLINED.name(),
      ApplicationStatus.OFFER_EXPIRED.name());

  private double filings(String program) {
    return applications.get().getOrDefault(program, Map.of()).entrySet().stream()
        .filter(count -> !NOT_FILED.contains(count.getKey()))
        .mapToLong(Map.Entry::getValue).sum();
  }

  private AwardTotals awardTotals(String program) {
    return awards.get().getOrDefault(program, new AwardTotals(0, BigDecimal.ZERO));
  }

  private static Map<String, Map<String, Long>> applicationsByStatus(JdbcTemplate jdbc) {
    Map<String, Map<String, Long>> counts = new HashMap<>();
    jdbc.query("select program_key, status, count(*) from application group by program_key, status",
        row -> {
          counts.computeIfAbsent(row.getString(1), p -> new HashMap<>()).put(row.getString(2), row.getLong(3));
        });
    return counts;
  }

  private static Map<String, AwardTotals> awardTotals(JdbcTemplate jdbc) {
    Map<String, AwardTotals> totals = new HashMap<>();
    jdbc.query("select program_key, count(*), coalesce(sum(amount), 0) from award group by program_key",
        row -> {
          totals.put(row.getString(1), new AwardTotals(row.getLong(2), row.getBigDecimal(3)));
        });
    return totals;
  }
}
