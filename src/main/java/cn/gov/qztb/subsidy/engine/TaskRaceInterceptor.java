package cn.gov.qztb.subsidy.engine;

import cn.gov.qztb.subsidy.Refusal;
import java.lang.reflect.Field;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * When two people complete the same task at the same moment, the database lets one through and
 * the other fails: an optimistic-locking conflict, a task already gone, an authorization removed
 * with it, or the engine tripping over state the winner changed under it. Whatever the failure,
 * if the task is gone afterwards, the loser gets one clear Chinese message, as a refusal: nothing
 * of theirs was written.
 */
class TaskRaceInterceptor extends CommandInterceptor {

  static final String ALREADY_DONE = "该任务已由他人办理完成，您的提交未生效；请刷新任务列表查看最新情况";

  private final ProcessEngineConfigurationImpl configuration;

  TaskRaceInterceptor(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (!(command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd)) {
      return next.execute(command);
    }
    try {
      return next.execute(command);
    } catch (OptimisticLockingException | ConcurrencyFailureException conflict) {
      throw refusal(conflict);
    } catch (RuntimeException failure) {
      String taskId = taskIdOf(command);
      if (taskId != null && taskGone(taskId)) {
        throw refusal(failure);
      }
      throw failure;
    }
  }

  private boolean taskGone(String taskId) {
    return configuration.getCommandExecutorTxRequired().execute(context ->
        context.runWithoutAuthorization(() -> context.getTaskManager().findTaskById(taskId)) == null);
  }

  /** Both completion commands keep the task id in a field of that name; they offer no getter. */
  static String taskIdOf(Command<?> command) {
    try {
      Field field = command.getClass().getDeclaredField("taskId");
      field.setAccessible(true);
      return (String) field.get(command);
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }

  private static Refusal refusal(RuntimeException cause) {
    Refusal refusal = Refusal.conflict(ALREADY_DONE);
    refusal.initCause(cause);
    return refusal;
  }
}
