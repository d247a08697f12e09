package cn.gov.qztb.subsidy.reference;

import cn.gov.qztb.subsidy.TransactionMemo;
import java.util.HashSet;
import java.util.Set;
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
    // the few townships' and units' groups, read once per transaction
    Set<String> official = TransactionMemo.get("officialGroups", () -> {
      Set<String> groups = new HashSet<>();
      townships.findAll().forEach(township -> groups.add(township.getGroupId()));
      units.findAll().forEach(unit -> groups.add(unit.getGroupId()));
      return groups;
    });
    return groupId != null && official.contains(groupId);
  }
}
