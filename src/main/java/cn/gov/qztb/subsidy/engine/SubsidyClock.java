package cn.gov.qztb.subsidy.engine;

import cn.gov.qztb.subsidy.SubsidyProperties;
import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The engine's clock (which tests may move) read in the district's time zone, and the business
 * date (业务日期) the policy rules take as today. Timestamps, due dates and timers always follow
 * the engine's clock; only the rules' "today" is the business date when one is configured.
 */
@Component
public class SubsidyClock {

  private final SubsidyProperties properties;

  public SubsidyClock(SubsidyProperties properties) {
    this.properties = properties;
  }

  public Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public LocalDate today() {
    return LocalDate.ofInstant(now(), properties.zone());
  }

  /** The day the rules take as today: the configured business date, else {@link #today()}. */
  public LocalDate businessDay() {
    return properties.businessDate() != null ? properties.businessDate() : today();
  }

  /** The configured business date when it is not the real date (the forms show it), else null. */
  public LocalDate businessDayOtherThanToday() {
    LocalDate business = businessDay();
    return business.equals(LocalDate.now(properties.zone())) ? null : business;
  }
}
