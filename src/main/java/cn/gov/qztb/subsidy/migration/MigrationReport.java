package cn.gov.qztb.subsidy.migration;

import java.util.List;

/**
 * The answer: per older version, the plan's instructions, the instances that move and those that
 * cannot (and why), and the batch that moves them when the request was executed.
 */
public record MigrationReport(String program, int targetVersion, String targetDefinitionId, boolean executed,
    List<FromVersion> versions) {

  public record FromVersion(int version, String definitionId, List<String> instructions, List<Instance> movable,
      List<Instance> blocked, String batchId) {}

  /** A running application; {@code reason} says in Chinese why it cannot move, or is null. */
  public record Instance(String processInstanceId, String applicationNumber, List<String> waitingAt, String reason) {}

  public int movableCount() {
    return versions.stream().mapToInt(v -> v.movable().size()).sum();
  }

  public int blockedCount() {
    return versions.stream().mapToInt(v -> v.blocked().size()).sum();
  }
}
