package cn.gov.qztb.subsidy.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * Before its first authorization check in a command, Camunda reads every distinct group id in
 * ACT_RU_AUTHORIZATION ({@code SELECT distinct(GROUP_ID_) ...}, a scan of the whole table that
 * grows with every application) only to drop the user's groups that have no authorization from
 * the check's {@code GROUP_ID_ IN (...)} list: camunda-bpm-platform#5485. Our users belong to one
 * or two groups, so the list is passed as it is; a group without authorizations matches no row,
 * so the outcome of every check is the same. Installed as the engine's authorization manager.
 */
class SmallGroupLists extends AuthorizationManager {

  /** Larger lists are filtered as Camunda does. */
  static final int SMALL = 10;

  static SessionFactory factory() {
    return new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new SmallGroupLists();
      }
    };
  }

  @Override
  public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
    if (authenticatedGroupIds != null && !authenticatedGroupIds.isEmpty() && authenticatedGroupIds.size() <= SMALL) {
      return new ArrayList<>(authenticatedGroupIds);
    }
    return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
  }
}
