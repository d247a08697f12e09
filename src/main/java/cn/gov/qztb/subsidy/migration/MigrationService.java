package cn.gov.qztb.subsidy.migration;

import cn.gov.qztb.subsidy.migration.MigrationReport.FromVersion;
import cn.gov.qztb.subsidy.migration.MigrationReport.Instance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Service;

/**
 * Moves running applications of a program to its newest version, which Community Edition's
 * Cockpit cannot do: builds the plan (same ids mapped, plus the administrator's mappings), lets
 * Camunda validate it, reports which instances would move and which cannot and why, and on
 * request moves the movable ones as a batch that Cockpit shows. Instances that cannot move are
 * left as they are, on their version, where they can still finish.
 */
@Service
public class MigrationService {

  private final RepositoryService repository;
  private final RuntimeService runtime;

  public MigrationService(RepositoryService repository, RuntimeService runtime) {
    this.repository = repository;
    this.runtime = runtime;
  }

  /** @throws org.camunda.bpm.engine.migration.MigrationPlanValidationException when the plan itself is invalid */
  public MigrationReport migrate(String program, MigrationRequest request) {
    ProcessDefinition target = repository.createProcessDefinitionQuery().processDefinitionKey(program).latestVersion().singleResult();
    if (target == null) {
      throw new IllegalArgumentException("没有名为" + program + "的流程");
    }
    List<FromVersion> versions = new ArrayList<>();
    for (ProcessDefinition source : sources(program, target, request.fromVersion())) {
      List<ProcessInstance> running = runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).list();
      if (running.isEmpty()) {
        continue;
      }
      MigrationPlan plan = plan(source, target, request);
      Set<String> mapped = plan.getInstructions().stream()
          .flatMap(instruction -> Stream.of(instruction.getSourceActivityId())).collect(Collectors.toSet());
      List<Instance> movable = new ArrayList<>();
      List<Instance> blocked = new ArrayList<>();
      for (ProcessInstance instance : running) {
        List<String> waiting = waitingAt(instance.getId());
        List<String> unmapped = waiting.stream().filter(id -> !mapped.contains(id)).toList();
        if (unmapped.isEmpty()) {
          movable.add(new Instance(instance.getId(), instance.getBusinessKey(), waiting, null));
        } else {
          blocked.add(new Instance(instance.getId(), instance.getBusinessKey(), waiting, "等待于" + names(source, unmapped)
              + "，版本" + target.getVersion() + "中没有对应环节；可添加映射（mappings）后再迁移，否则留在版本"
              + source.getVersion() + "上办结"));
        }
      }
      String batchId = null;
      if (request.execute() && !movable.isEmpty()) {
        Batch batch = runtime.newMigration(plan)
            .processInstanceIds(movable.stream().map(Instance::processInstanceId).toList())
            .executeAsync();
        batchId = batch.getId();
      }
      versions.add(new FromVersion(source.getVersion(), source.getId(), describe(plan), movable, blocked, batchId));
    }
    return new MigrationReport(program, target.getVersion(), target.getId(), request.execute(), versions);
  }

  private List<ProcessDefinition> sources(String program, ProcessDefinition target, Integer fromVersion) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(program).list().stream()
        .filter(definition -> definition.getVersion() < target.getVersion())
        .filter(definition -> fromVersion == null || definition.getVersion() == fromVersion)
        .sorted(Comparator.comparingInt(ProcessDefinition::getVersion))
        .toList();
  }

  private MigrationPlan plan(ProcessDefinition source, ProcessDefinition target, MigrationRequest request) {
    MigrationPlanBuilder builder = runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities();
    for (MigrationRequest.Mapping mapping : request.mappings()) {
      if (element(source, mapping.from()) != null) {
        builder = builder.mapActivities(mapping.from(), mapping.to());
      }
    }
    return builder.build();
  }

  /** The activities an instance waits in: user tasks, and async steps whose job has not run yet. */
  private List<String> waitingAt(String processInstanceId) {
    List<String> ids = new ArrayList<>();
    collect(runtime.getActivityInstance(processInstanceId), ids);
    return ids;
  }

  private static void collect(ActivityInstance activity, List<String> ids) {
    if (activity.getChildActivityInstances().length == 0 && activity.getChildTransitionInstances().length == 0
        && activity.getParentActivityInstanceId() != null) {
      ids.add(activity.getActivityId());
    }
    for (TransitionInstance transition : activity.getChildTransitionInstances()) {
      ids.add(transition.getActivityId());
    }
    for (ActivityInstance child : activity.getChildActivityInstances()) {
      collect(child, ids);
    }
  }

  private String names(ProcessDefinition definition, List<String> activityIds) {
    return activityIds.stream().map(id -> {
      FlowElement element = element(definition, id);
      return "「" + (element == null || element.getName() == null ? id : element.getName()) + "」（" + id + "）";
    }).collect(Collectors.joining("、"));
  }

  private FlowElement element(ProcessDefinition definition, String activityId) {
    return repository.getBpmnModelInstance(definition.getId()).getModelElementById(activityId);
  }

  private static List<String> describe(MigrationPlan plan) {
    return plan.getInstructions().stream()
        .sorted(Comparator.comparing(MigrationInstruction::getSourceActivityId))
        .map(instruction -> instruction.getSourceActivityId() + " → " + instruction.getTargetActivityId())
        .toList();
  }
}
