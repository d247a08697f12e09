package cn.gov.qztb.subsidy.engine;

import java.util.List;
import java.util.Set;

/**
 * What the engine's customisations need to know of the application's users, answered by the
 * access feature from the reference data: the engine package depends on no feature package.
 */
public interface EngineAccess {

  /** Camunda's administrators' group. */
  String ADMIN_GROUP = "camunda-admin";

  /** The tenant (township code) of the user's enterprise, or null when the user is staff of none. */
  String tenantOf(String userId);

  /** Whether the group is a township's or a district unit's. */
  boolean isOfficialGroup(String groupId);

  /** Township verifiers, unit staff and administrators. */
  boolean isOfficial(String userId, List<String> groupIds);

  /** The user and the other staff of the enterprises the user works for. */
  Set<String> colleagues(String userId, List<String> groupIds);
}
