package cn.gov.qztb.subsidy.engine;

import cn.gov.qztb.subsidy.SubsidyProperties;
import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The engine's clock (which tests may move) read in the district's time zone. */
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
}
