package cn.gov.qztb.subsidy.program;

import cn.gov.qztb.subsidy.reference.HolderRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A filing next to the data holders' figures for the same subject: what the township sees of a
 * manual filing (or a disputed offer), with every difference flagged in Chinese.
 */
public record DataComparison(List<String> differences, List<HolderRecord> used, List<String> dataLines) {

  public DataComparison {
    differences = List.copyOf(differences);
    used = List.copyOf(used);
    dataLines = List.copyOf(dataLines);
  }

  /** The comparison as the reviewers' forms show it. */
  public String text() {
    List<String> lines = new ArrayList<>();
    lines.add(differences.isEmpty() ? "申报数据与数据持有单位数据一致。" : "申报数据与数据持有单位数据有" + differences.size() + "处不一致：");
    differences.forEach(line -> lines.add("⚠ " + line));
    lines.add("数据持有单位数据：");
    dataLines.forEach(line -> lines.add("  " + line));
    used.stream().map(HolderRecord::source).distinct().forEach(lines::add);
    return String.join("\n", lines);
  }

  /** "「label」申报：A；数据：B" for each line whose values differ, by the label before "：". */
  static List<String> differences(List<String> declared, List<String> data) {
    Map<String, String> filed = byLabel(declared);
    Map<String, String> held = byLabel(data);
    List<String> differences = new ArrayList<>();
    held.forEach((label, value) -> {
      String typed = filed.get(label);
      if (typed != null && !typed.equals(value)) {
        differences.add("「" + label + "」申报：" + typed + "；数据：" + value);
      }
    });
    return differences;
  }

  private static Map<String, String> byLabel(List<String> lines) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String line : lines) {
      int colon = line.indexOf('：');
      if (colon > 0) {
        map.put(line.substring(0, colon), line.substring(colon + 1));
      }
    }
    return map;
  }
}
