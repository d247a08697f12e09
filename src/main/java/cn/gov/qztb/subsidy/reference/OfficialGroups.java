package cn.gov.qztb.subsidy.reference;

import cn.gov.qztb.subsidy.TransactionMemo;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Whether a Camunda group is a township's or a district unit's, as the reference data says. */
@Component
public class OfficialGroups {

  private final TownshipRepository townships;
  private final DistrictUnitRepository units;

  public OfficialGroups(TownshipRepository townships, DistrictUnitRepository units) {
    this.townships = townships;
    this.units = units;
  }

  @Transactional(readOnly = true)
  public boolean isOfficial(String groupId) {
    return groupId != null && TransactionMemo.get("official:" + groupId,
        () -> townships.existsByGroupId(groupId) || units.existsByGroupId(groupId));
  }
}
