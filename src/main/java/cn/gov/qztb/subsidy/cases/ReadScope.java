package cn.gov.qztb.subsidy.cases;

import cn.gov.qztb.subsidy.SubsidyProperties;
import cn.gov.qztb.subsidy.access.Viewer;
import cn.gov.qztb.subsidy.policy.PolicyBook;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Whose applications and awards a user may read: staff their enterprise's, verifiers their
 * township's, unit staff those of the programs their unit approves or certifies, the units named
 * in {@code subsidy.ledger-readers} (区财政金融与国资局 pays) and administrators all of them.
 */
@Component
public class ReadScope {

  private final PolicyBook policies;
  private final SubsidyProperties properties;

  public ReadScope(PolicyBook policies, SubsidyProperties properties) {
    this.policies = policies;
    this.properties = properties;
  }

  /** @param all every application; otherwise those of these enterprises, townships or programs */
  public record Of(boolean all, Set<String> enterpriseCodes, Set<String> townshipCodes, Set<String> programKeys) {

    public boolean none() {
      return !all && enterpriseCodes.isEmpty() && townshipCodes.isEmpty() && programKeys.isEmpty();
    }

    public boolean includes(String enterpriseCode, String townshipCode, String programKey) {
      return all || enterpriseCodes.contains(enterpriseCode) || townshipCodes.contains(townshipCode)
          || programKeys.contains(programKey);
    }
  }

  public Of of(Viewer viewer) {
    if (viewer.administrator() || viewer.unitCodes().stream().anyMatch(properties.ledgerReaders()::contains)) {
      return new Of(true, Set.of(), Set.of(), Set.of());
    }
    Set<String> programs = new TreeSet<>();
    viewer.unitCodes().forEach(unit -> programs.addAll(policies.programsByUnit().getOrDefault(unit, Set.of())));
    return new Of(false, Set.copyOf(viewer.enterpriseCodes()), Set.copyOf(viewer.townshipCodes()), Set.copyOf(programs));
  }
}
