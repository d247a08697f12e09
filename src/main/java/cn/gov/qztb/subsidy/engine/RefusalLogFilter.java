package cn.gov.qztb.subsidy.engine;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import cn.gov.qztb.subsidy.Refusal;
import org.slf4j.Marker;

/**
 * Camunda logs every exception that ends a command at ERROR (ENGINE-16004). A refused filing is
 * the user's mistake, answered with a message, not a fault of the system: it is logged at DEBUG
 * level only, so that real errors stand out. Configured in logback-spring.xml.
 */
public class RefusalLogFilter extends TurboFilter {

  private static final String CAMUNDA_CONTEXT = "org.camunda.bpm.engine.context";

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level == null || !level.isGreaterOrEqual(Level.WARN) || !logger.getName().equals(CAMUNDA_CONTEXT)) {
      return FilterReply.NEUTRAL;
    }
    if (isRefusal(t)) {
      return FilterReply.DENY;
    }
    if (params != null) {
      for (Object param : params) {
        if (param instanceof Throwable thrown && isRefusal(thrown)) {
          return FilterReply.DENY;
        }
      }
    }
    return FilterReply.NEUTRAL;
  }

  private static boolean isRefusal(Throwable t) {
    for (Throwable cause = t; cause != null; cause = cause.getCause()) {
      if (cause instanceof Refusal) {
        return true;
      }
    }
    return false;
  }
}
