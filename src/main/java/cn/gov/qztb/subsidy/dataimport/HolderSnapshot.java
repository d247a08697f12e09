package cn.gov.qztb.subsidy.dataimport;

import cn.gov.qztb.subsidy.reference.Dataset;
import cn.gov.qztb.subsidy.reference.HolderFacts;
import cn.gov.qztb.subsidy.reference.HolderRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The holders' figures of a batch of enterprises, read in a few queries so that matching offers for
 * thousands of enterprises does not ask the database once per month and program.
 */
final class HolderSnapshot implements HolderFacts {

  private final Map<String, HolderRecord> byId = new HashMap<>();
  private final Map<String, List<HolderRecord>> byParty = new HashMap<>();
  private final Set<Dataset> imported;

  HolderSnapshot(Collection<HolderRecord> records, Map<HolderRecord, String> parties, Set<Dataset> imported) {
    this.imported = imported;
    for (HolderRecord record : records) {
      byId.put(id(record.dataset(), record.key(), record.period()), record);
      String party = parties.get(record);
      if (party != null) {
        byParty.computeIfAbsent(party + "\u0000" + record.dataset().id(), k -> new ArrayList<>()).add(record);
      }
    }
  }

  @Override
  public Optional<HolderRecord> find(Dataset dataset, String key, String period) {
    return Optional.ofNullable(byId.get(id(dataset, key, period)));
  }

  @Override
  public List<HolderRecord> ofParty(Dataset dataset, String creditCode) {
    return byParty.getOrDefault(creditCode + "\u0000" + dataset.id(), List.of());
  }

  @Override
  public boolean imported(Dataset dataset) {
    return imported.contains(dataset);
  }

  private static String id(Dataset dataset, String key, String period) {
    return dataset.id() + "\u0000" + key + "\u0000" + period;
  }
}
