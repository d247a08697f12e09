package cn.gov.qztb.subsidy.engine;

import cn.gov.qztb.subsidy.Refusal;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Camunda checks no authorization on task and process attachments: anyone who can name an
 * attachment's task could read or delete it. The application does not use them (supporting
 * documents are kept by the application itself), so every attachment command of a logged-in user
 * other than an administrator is refused.
 */
class AttachmentRefusal extends CommandInterceptor {

  static final String REFUSAL = "本系统不使用流程附件功能，不能上传、查看或删除附件";

  private static final Set<Class<?>> ATTACHMENT_COMMANDS = Set.of(CreateAttachmentCmd.class, SaveAttachmentCmd.class,
      DeleteAttachmentCmd.class, GetAttachmentCmd.class, GetAttachmentContentCmd.class, GetTaskAttachmentCmd.class,
      GetTaskAttachmentContentCmd.class, GetTaskAttachmentsCmd.class, GetProcessInstanceAttachmentsCmd.class);

  private final ProcessEngineConfigurationImpl configuration;

  AttachmentRefusal(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (ATTACHMENT_COMMANDS.contains(command.getClass())) {
      Authentication user = configuration.getIdentityService().getCurrentAuthentication();
      if (user != null && (user.getGroupIds() == null || !user.getGroupIds().contains(EngineAccess.ADMIN_GROUP))) {
        throw Refusal.forbidden(REFUSAL);
      }
    }
    return next.execute(command);
  }
}
