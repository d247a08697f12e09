package cn.gov.qztb.subsidy.engine;

import java.util.List;

/**
 * Text shown in a task as a String variable. Camunda keeps a String variable in a column of 4,000
 * characters (ACT_RU_VARIABLE.TEXT_), so a long list is cut with a line saying how much is left
 * out; the whole list is in the application's own pages and files.
 */
public final class VariableText {

  /** Well under the column's 4,000 characters, leaving room for the closing line. */
  public static final int MAX = 3_500;

  private VariableText() {}

  /** The lines, as many as fit, then 「……另有N项未显示（共M项）」 when some do not. */
  public static String lines(List<String> lines, String whereTheRestIs) {
    StringBuilder text = new StringBuilder();
    int shown = 0;
    for (String line : lines) {
      if (text.length() + line.length() + 1 > MAX) {
        break;
      }
      text.append(shown == 0 ? "" : "\n").append(line);
      shown++;
    }
    if (shown < lines.size()) {
      text.append("\n……另有").append(lines.size() - shown).append("项未显示（共").append(lines.size()).append("项），")
          .append(whereTheRestIs);
    }
    return text.toString();
  }
}
