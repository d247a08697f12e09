package cn.gov.qztb.subsidy.engine;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine refuses a command on another township's application ("ENGINE-…034 Cannot … because
 * it belongs to no authenticated tenant") with a plain ProcessEngineException, which the REST API
 * answers with 500. It is a refusal of access like any other: an AuthorizationException, 403.
 */
class TenantRefusal extends CommandInterceptor {

  static final String REFUSAL = "belongs to no authenticated tenant";

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (ProcessEngineException e) {
      if (isTenantRefusal(e)) {
        throw new AuthorizationException(e.getMessage());
      }
      throw e;
    }
  }

  static boolean isTenantRefusal(ProcessEngineException e) {
    String message = e.getMessage();
    return !(e instanceof AuthorizationException) && message != null && message.startsWith("ENGINE-")
        && message.contains(REFUSAL);
  }
}
