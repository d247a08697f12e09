package cn.gov.qztb.subsidy.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The ledger's totals as an XLSX workbook (fastexcel): amounts as numbers with two decimals, and a grand total. */
final class TotalsWorkbook {

  private static final String[] HEADERS = {"奖补项目", "条款", "乡镇", "审批单位", "政策版本", "状态", "笔数", "金额（元）"};

  private TotalsWorkbook() {}

  static byte[] write(List<AwardTotals.Row> rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(out, "qztb-subsidy", "1.0");
    Worksheet sheet = workbook.newWorksheet("奖补台账汇总");
    for (int c = 0; c < HEADERS.length; c++) {
      sheet.value(0, c, HEADERS[c]);
      sheet.style(0, c).bold().set();
    }
    long count = 0;
    BigDecimal total = BigDecimal.ZERO;
    int r = 1;
    for (AwardTotals.Row row : rows) {
      sheet.value(r, 0, row.program());
      sheet.value(r, 1, "第" + row.clause() + "条");
      sheet.value(r, 2, row.township());
      sheet.value(r, 3, row.unit());
      sheet.value(r, 4, row.edition());
      sheet.value(r, 5, row.status());
      sheet.value(r, 6, row.count());
      BigDecimal amount = new BigDecimal(row.amount());
      sheet.value(r, 7, amount);
      sheet.style(r, 7).format("#,##0.00").set();
      count += row.count();
      total = total.add(amount);
      r++;
    }
    sheet.value(r, 0, "合计");
    sheet.value(r, 6, count);
    sheet.value(r, 7, total);
    sheet.style(r, 7).format("#,##0.00").bold().set();
    workbook.finish();
    return out.toByteArray();
  }
}
