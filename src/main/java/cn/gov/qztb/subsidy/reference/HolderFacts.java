package cn.gov.qztb.subsidy.reference;

import java.util.List;
import java.util.Optional;

/** The data holders' current figures, as the programs read them (免申即享). */
public interface HolderFacts {

  /** The record of the dataset for a key (credit or project code) and period ("" for a registry). */
  Optional<HolderRecord> find(Dataset dataset, String key, String period);

  /** The records that concern the enterprise through another key, e.g. the projects it builds. */
  List<HolderRecord> ofParty(Dataset dataset, String creditCode);

  /** Whether the dataset has been imported at all: an empty registry proves nothing. */
  boolean imported(Dataset dataset);
}
