package cn.gov.qztb.subsidy.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a corrected filing changed, line by line of the reviewers' summary ("label：value"). */
final class FilingChanges {

  private FilingChanges() {}

  /** "2023年出口额：3,000,000 → 3,500,000" for each changed, added or removed line; empty if none. */
  static List<String> between(List<String> before, List<String> after) {
    Map<String, String> old = byLabel(before);
    Map<String, String> now = byLabel(after);
    List<String> changes = new ArrayList<>();
    now.forEach((label, value) -> {
      String was = old.get(label);
      if (was == null) {
        changes.add(label + "：（原无）→ " + value);
      } else if (!was.equals(value)) {
        changes.add(label + "：" + was + " → " + value);
      }
    });
    old.forEach((label, value) -> {
      if (!now.containsKey(label)) {
        changes.add(label + "：" + value + " →（删除）");
      }
    });
    return changes;
  }

  private static Map<String, String> byLabel(List<String> lines) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String line : lines) {
      int colon = line.indexOf('：');
      if (colon < 0) {
        map.put(line, "");
      } else {
        map.put(line.substring(0, colon), line.substring(colon + 1));
      }
    }
    return map;
  }
}
