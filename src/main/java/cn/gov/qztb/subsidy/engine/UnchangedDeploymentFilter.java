package cn.gov.qztb.subsidy.engine;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.repository.DeploymentBuilderImpl;

/**
 * Every named deployment, whoever sends it (Camunda Modeler, curl, the REST API), is compared
 * with the last deployment of that name: when nothing changed, nothing new is deployed, so a
 * repeated click on "Deploy" does not create versions that differ in number only.
 */
class UnchangedDeploymentFilter extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof DeployCmd deploy) {
      DeploymentBuilderImpl builder = builderOf(deploy);
      if (builder != null && !builder.isDuplicateFilterEnabled() && builder.getDeployment().getName() != null) {
        builder.enableDuplicateFiltering(false);
      }
    }
    return next.execute(command);
  }

  /** DeployCmd keeps its builder in a protected field without a getter. */
  static DeploymentBuilderImpl builderOf(DeployCmd command) {
    try {
      Field field = DeployCmd.class.getDeclaredField("deploymentBuilder");
      field.setAccessible(true);
      return (DeploymentBuilderImpl) field.get(command);
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }
}
