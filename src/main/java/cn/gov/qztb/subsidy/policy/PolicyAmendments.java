package cn.gov.qztb.subsidy.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What may change in an edition that has already computed applications: the administrative
 * terms that decide when and how fast cases are handled, never what an award is computed from.
 * An administrator may thus extend a filing window (延长受理期) of an edition in use.
 */
final class PolicyAmendments {

  /** Top-level keys: the service terms (办理时限) and the 公示 term. */
  static final List<String> EDITION_TERMS = List.of("service", PolicyBook.PUBLICITY_DAYS);

  /**
   * Keys of a program's section that are filing windows: {@code filingOpens}, {@code filingCloses},
   * and a part's own window named the same way (e.g. clause 9's {@code q1FilingOpens}); and its
   * 公示, 结算 and 拨付 terms (who settles or pays, from which fund).
   */
  static boolean windowTerm(String key) {
    return key.equals("filingOpens") || key.equals("filingCloses") || key.endsWith("FilingOpens")
        || key.endsWith("FilingCloses") || PolicyBook.ADMINISTRATIVE.contains(key);
  }

  private PolicyAmendments() {}

  /**
   * Whether the two texts differ only in administrative terms (and in the measured {@code year}
   * being added where it was missing, as it was before editions stated it).
   */
  static boolean onlyAdministrative(JsonNode before, JsonNode after) {
    return computing(before, after.path("year")).equals(computing(after, after.path("year")));
  }

  private static JsonNode computing(JsonNode document, JsonNode year) {
    ObjectNode copy = ((ObjectNode) document).deepCopy();
    copy.remove(EDITION_TERMS);
    if (!copy.has("year")) {
      copy.set("year", year);
    }
    copy.path("programs").forEach(program -> {
      if (program instanceof ObjectNode section) {
        section.properties().removeIf(entry -> windowTerm(entry.getKey()));
      }
    });
    return copy;
  }
}
