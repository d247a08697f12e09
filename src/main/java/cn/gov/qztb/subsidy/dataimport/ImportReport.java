package cn.gov.qztb.subsidy.dataimport;

import java.util.List;

/**
 * The answer to an import: refused with every problem (nothing written), or the counts of what
 * it did; credit codes of enterprises not registered in the zone are listed, not imported.
 */
public record ImportReport(
    String dataset,
    String title,
    Outcome outcome,
    String message,
    Long importId,
    int rows,
    int added,
    int unchanged,
    int corrected,
    List<Unregistered> unregistered,
    List<ImportProblem> problems) {

  public enum Outcome { IMPORTED, UNCHANGED, REFUSED }

  /** A row naming an enterprise not registered in the zone. */
  public record Unregistered(int row, String column, String creditCode) {}

  static ImportReport refused(String dataset, String title, List<ImportProblem> problems) {
    return new ImportReport(dataset, title, Outcome.REFUSED, "文件有" + problems.size() + "处问题，未导入任何数据，请更正后重新上传",
        null, 0, 0, 0, 0, List.of(), List.copyOf(problems));
  }

  static ImportReport done(String dataset, String title, Long importId, int rows, int added, int unchanged,
      int corrected, List<Unregistered> unregistered) {
    Outcome outcome = importId == null ? Outcome.UNCHANGED : Outcome.IMPORTED;
    String message = (outcome == Outcome.UNCHANGED ? "数据与已导入的完全相同，未作任何更改" : "导入完成")
        + "：共" + rows + "行，新增" + added + "条，未变" + unchanged + "条，更正" + corrected + "条"
        + (unregistered.isEmpty() ? "" : "；" + unregistered.size() + "行的企业未在本区登记，未导入");
    return new ImportReport(dataset, title, outcome, message, importId, rows, added, unchanged, corrected,
        List.copyOf(unregistered), List.of());
  }
}
