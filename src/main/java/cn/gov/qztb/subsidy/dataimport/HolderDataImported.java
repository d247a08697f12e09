package cn.gov.qztb.subsidy.dataimport;

import cn.gov.qztb.subsidy.reference.Dataset;
import java.util.List;
import java.util.Map;

/**
 * Published inside the import's transaction once its records are written: what listeners do
 * (offers, correction notices) commits with the import or not at all.
 */
public record HolderDataImported(Dataset dataset, long importId, String importedBy, List<Correction> corrections) {

  /** A figure an earlier import gave and this one changed. */
  public record Correction(String key, String period, Map<String, String> before, Map<String, String> after) {}
}
