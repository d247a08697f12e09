package cn.gov.qztb.subsidy.engine;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Engine calls the system makes on a user's behalf inside that user's command (reading group
 * memberships, granting access to a new application), which the user alone may not make.
 */
public final class SystemAccess {

  private SystemAccess() {}

  public static <T> T run(Callable<T> work) {
    CommandContext context = Context.getCommandContext();
    try {
      return context != null ? context.runWithoutAuthorization(work) : work.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
