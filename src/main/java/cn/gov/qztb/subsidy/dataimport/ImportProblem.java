package cn.gov.qztb.subsidy.dataimport;

/**
 * One thing wrong with an imported file: its spreadsheet row (0 for the file as a whole), the
 * header of the column concerned (or null), and what is wrong, in words for the data holder.
 */
public record ImportProblem(int row, String column, String message) {

  public static ImportProblem ofFile(String message) {
    return new ImportProblem(0, null, message);
  }
}
