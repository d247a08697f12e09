package cn.gov.qztb.subsidy.identity;

import cn.gov.qztb.subsidy.reference.Enterprise;
import cn.gov.qztb.subsidy.reference.EnterpriseRepository;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.history.UserOperationLogQuery;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskEventsCmd;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentCmd;
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
  private final ObjectProvider<Viewers> viewers;
  private final ObjectProvider<EnterpriseRepository> enterprises;

  InternalNotesFilter(ProcessEngineConfigurationImpl configuration, ObjectProvider<Viewers> viewers,
      ObjectProvider<EnterpriseRepository> enterprises) {
    this.configuration = configuration;
    this.viewers = viewers;
    this.enterprises = enterprises;
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
    List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    Viewer viewer = viewers.getObject().of(authentication.getUserId(), groups);
    if (viewer.official()) {
      return result;
    }
    if (command instanceof UserOperationLogQuery) {
      return result instanceof Collection<?> entries ? (T) ownEnterprisesEntries(entries, viewer) : result;
    }
    if (result instanceof Collection<?> items) {
      return (T) items.stream().filter(item -> visible(item, viewer, groups)).toList();
    }
    return visible(result, viewer, groups) ? result : null;
  }

  private List<?> ownEnterprisesEntries(Collection<?> entries, Viewer viewer) {
    Set<String> staff = new HashSet<>(Set.of(viewer.userId()));
    EnterpriseRepository enterprises = this.enterprises.getObject();
    for (String code : viewer.enterpriseCodes()) {
      String group = enterprises.findById(code).map(Enterprise::getGroupId).orElse(null);
      if (group != null) {
        SystemAccess.run(() -> configuration.getIdentityService().createUserQuery().memberOfGroup(group).list())
            .forEach(user -> staff.add(user.getId()));
      }
    }
    return entries.stream()
        .filter(entry -> entry instanceof UserOperationLogEntry e && staff.contains(e.getUserId()))
        .toList();
  }

  private boolean visible(Object item, Viewer viewer, List<String> groups) {
    String author = field(item, Comment::getUserId, attachment -> null, Event::getUserId);
    String taskId = field(item, Comment::getTaskId, Attachment::getTaskId, Event::getTaskId);
    if (viewer.userId().equals(author)) {
      return true;
    }
    return taskId != null && taskWasTheirs(taskId, viewer, groups);
  }

  private boolean taskWasTheirs(String taskId, Viewer viewer, List<String> groups) {
    HistoricTaskInstance task = SystemAccess.run(() ->
        configuration.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).singleResult());
    if (task != null && viewer.userId().equals(task.getAssignee())) {
      return true;
    }
    List<HistoricIdentityLinkLog> links = SystemAccess.run(() ->
        configuration.getHistoryService().createHistoricIdentityLinkLogQuery().taskId(taskId).list());
    return links.stream().anyMatch(link -> viewer.userId().equals(link.getUserId())
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
