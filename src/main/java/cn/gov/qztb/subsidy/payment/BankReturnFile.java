package cn.gov.qztb.subsidy.payment;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.dataimport.HolderFile;
import cn.gov.qztb.subsidy.dataimport.ImportProblem;
import cn.gov.qztb.subsidy.reference.ColumnKind;
import cn.gov.qztb.subsidy.reference.Dataset.Column;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bank's return file (银行回单), CSV or XLSX, read like a holder's upload: columns 批次号, 序号,
 * 结果 (成功/失败), 银行流水号 and 失败原因, and optionally 金额（元）, which must then match the line.
 */
final class BankReturnFile {

  static final String AMOUNT = "金额（元）";
  private static final List<Column> COLUMNS = List.of(column("batch", "批次号"), column("lineNo", "序号"),
      column("result", "结果"), column("reference", "银行流水号"), column("reason", "失败原因"), column("amount", AMOUNT));

  private BankReturnFile() {}

  /** @throws Refusal (400) when the file cannot be read or its header is wrong, naming what is wrong */
  static List<BankResult> read(InputStream in) {
    List<BankResult> results = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try {
      HolderFile.read(in, new HolderFile.Layout(COLUMNS, Set.of(AMOUNT)), row -> {
        row.problems().forEach(problem -> problems.add("第" + problem.row() + "行：" + problem.message()));
        Map<String, String> cells = row.cells();
        results.add(new BankResult("第" + row.number() + "行", cells.getOrDefault("batch", ""),
            cells.getOrDefault("lineNo", ""), cells.getOrDefault("result", ""), cells.getOrDefault("reference", ""),
            cells.getOrDefault("reason", ""), cells.getOrDefault("amount", "")));
      });
    } catch (HolderFile.FileRefused refused) {
      throw Refusal.badInput(refused.problems().stream().map(BankReturnFile::message).toList());
    }
    if (!problems.isEmpty()) {
      throw Refusal.badInput(problems);
    }
    return results;
  }

  private static String message(ImportProblem problem) {
    return problem.row() > 0 ? "第" + problem.row() + "行：" + problem.message() : problem.message();
  }

  private static Column column(String name, String header) {
    return new Column(name, header, ColumnKind.TEXT, Column.Role.VALUE, false);
  }
}
