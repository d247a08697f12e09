package cn.gov.qztb.subsidy.engine;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.history.UserOperationLogQuery;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskEventsCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Event;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Camunda reads comments, attachments and task events without authorization checks, so an
 * applicant who may read an application would read the notes officials leave on their own
 * tasks. This interceptor lets a non-official see only the comments they wrote themselves and
 * what is attached to tasks that were theirs (assigned to them or to one of their groups). Of
 * the user operation log (Tasklist's 历史 tab) a non-official sees only the entries of their own
 * enterprise's staff: officials' claims, completions and notes stay internal.
 */
class InternalNotesFilter extends CommandInterceptor {

  private static final Set<Class<?>> READS = Set.of(GetProcessInstanceCommentsCmd.class, GetTaskCommentsCmd.class,
      GetTaskCommentCmd.class, GetProcessInstanceAttachmentsCmd.class, GetTaskAttachmentsCmd.class,
      GetTaskAttachmentCmd.class, GetAttachmentCmd.class, GetTaskEventsCmd.class);

  private final ProcessEngineConfigurationImpl configuration;
  private final ObjectProvider<EngineAccess> access;

  InternalNotesFilter(ProcessEngineConfigurationImpl configuration, ObjectProvider<EngineAccess> access) {
    this.configuration = configuration;
    this.access = access;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T execute(Command<T> command) {
    T result = next.execute(command);
    Authentication authentication = configuration.getIdentityService().getCurrentAuthentication();
    if (result == null || authentication == null
        || !(READS.contains(command.getClass()) || command instanceof UserOperationLogQuery)) {
      return result;
    }
    String userId = authentication.getUserId();
    List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    if (access.getObject().isOfficial(userId, groups)) {
      return result;
    }
    if (command instanceof UserOperationLogQuery) {
      return result instanceof Collection<?> entries ? (T) ownEnterprisesEntries(entries, userId, groups) : result;
    }
    if (result instanceof Collection<?> items) {
      return (T) items.stream().filter(item -> visible(item, userId, groups)).toList();
    }
    return visible(result, userId, groups) ? result : null;
  }

  private List<?> ownEnterprisesEntries(Collection<?> entries, String userId, List<String> groups) {
    Set<String> staff = access.getObject().colleagues(userId, groups);
    return entries.stream()
        .filter(entry -> entry instanceof UserOperationLogEntry e && staff.contains(e.getUserId()))
        .toList();
  }

  private boolean visible(Object item, String userId, List<String> groups) {
    String author = field(item, Comment::getUserId, attachment -> null, Event::getUserId);
    String taskId = field(item, Comment::getTaskId, Attachment::getTaskId, Event::getTaskId);
    if (userId.equals(author)) {
      return true;
    }
    return taskId != null && taskWasTheirs(taskId, userId, groups);
  }

  private boolean taskWasTheirs(String taskId, String userId, List<String> groups) {
    HistoricTaskInstance task = SystemAccess.run(() ->
        configuration.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).singleResult());
    if (task != null && userId.equals(task.getAssignee())) {
      return true;
    }
    List<HistoricIdentityLinkLog> links = SystemAccess.run(() ->
        configuration.getHistoryService().createHistoricIdentityLinkLogQuery().taskId(taskId).list());
    return links.stream().anyMatch(link -> userId.equals(link.getUserId())
        || (link.getGroupId() != null && groups.contains(link.getGroupId())));
  }

  private static String field(Object item, Function<Comment, String> comment, Function<Attachment, String> attachment,
      Function<Event, String> event) {
    if (item instanceof Comment c) {
      return comment.apply(c);
    }
    if (item instanceof Attachment a) {
      return attachment.apply(a);
    }
    if (item instanceof Event e) {
      return event.apply(e);
    }
    return null;
  }
}
