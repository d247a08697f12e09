package cn.gov.qztb.subsidy.workflow;

import cn.gov.qztb.subsidy.program.FilingRejected;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * When two people complete the same task at the same moment, the database lets one through and
 * the other fails (an optimistic-locking conflict, the task is already gone, or so is the
 * authorization it carried). That one gets a
 * clear Chinese message instead of the engine's, as a refusal: nothing of theirs was written.
 */
class TaskRaceInterceptor extends CommandInterceptor {

  private final ProcessEngineConfigurationImpl configuration;

  TaskRaceInterceptor(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  static final String ALREADY_DONE = "该任务已由他人办理完成，您的提交未生效；请刷新任务列表查看最新情况";

  @Override
  public <T> T execute(Command<T> command) {
    boolean completion = command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd;
    try {
      return next.execute(command);
    } catch (OptimisticLockingException | ConcurrencyFailureException race) {
      throw completion ? refusal(race) : race;
    } catch (AuthorizationException denied) {
      // the winner's completion removed the task and with it the loser's authorization on it
      if (completion && taskGone(denied)) {
        throw refusal(denied);
      }
      throw denied;
    } catch (NullValueException gone) {
      if (completion && gone.getMessage() != null && gone.getMessage().contains("Cannot find task with id")) {
        throw refusal(gone);
      }
      throw gone;
    }
  }

  private boolean taskGone(AuthorizationException denied) {
    return denied.getMissingAuthorizations().stream()
        .filter(missing -> "Task".equals(missing.getResourceType()) && missing.getResourceId() != null)
        .map(MissingAuthorization::getResourceId)
        .findFirst()
        .map(taskId -> configuration.getCommandExecutorTxRequired().execute(context ->
            context.runWithoutAuthorization(() -> context.getTaskManager().findTaskById(taskId)) == null))
        .orElse(false);
  }

  private static FilingRejected refusal(RuntimeException cause) {
    FilingRejected refusal = new FilingRejected(ALREADY_DONE);
    refusal.initCause(cause);
    return refusal;
  }
}
