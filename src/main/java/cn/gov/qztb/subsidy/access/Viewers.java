package cn.gov.qztb.subsidy.access;

import cn.gov.qztb.subsidy.engine.EngineAccess;
import cn.gov.qztb.subsidy.reference.DistrictUnit;
import cn.gov.qztb.subsidy.reference.DistrictUnitRepository;
import cn.gov.qztb.subsidy.reference.Enterprise;
import cn.gov.qztb.subsidy.reference.EnterpriseRepository;
import cn.gov.qztb.subsidy.reference.Township;
import cn.gov.qztb.subsidy.reference.TownshipRepository;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds a {@link Viewer} from the user's Camunda groups. */
@Component
public class Viewers {

  private final EnterpriseMemberships memberships;
  private final EnterpriseRepository enterprises;
  private final TownshipRepository townships;
  private final DistrictUnitRepository units;

  public Viewers(EnterpriseMemberships memberships, EnterpriseRepository enterprises, TownshipRepository townships,
      DistrictUnitRepository units) {
    this.memberships = memberships;
    this.enterprises = enterprises;
    this.townships = townships;
    this.units = units;
  }

  @Transactional(readOnly = true)
  public Viewer of(String userId) {
    return of(userId, memberships.groupIdsOf(userId));
  }

  @Transactional(readOnly = true)
  public Viewer of(String userId, Collection<String> groupIds) {
    List<String> groups = List.copyOf(groupIds);
    return new Viewer(
        userId,
        groups.contains(EngineAccess.ADMIN_GROUP),
        enterprises.findByGroupIdIn(groups).stream().map(Enterprise::getCreditCode).collect(Collectors.toSet()),
        townships.findByGroupIdIn(groups).stream().map(Township::getCode).collect(Collectors.toSet()),
        units.findByGroupIdIn(groups).stream().map(DistrictUnit::getCode).collect(Collectors.toSet()));
  }
}
