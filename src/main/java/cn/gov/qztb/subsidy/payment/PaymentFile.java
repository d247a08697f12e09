package cn.gov.qztb.subsidy.payment;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payment file (拨付文件) of an ordered batch, for the bank: one row per line with the
 * receiving account as it was at approval, then a totals row. Written as a stream, row by row
 * from the database: XLSX (fastexcel, codes and account numbers as text) or CSV (UTF-8 with BOM).
 */
@Component
public class PaymentFile {

  static final String[] HEADERS = {"序号", "收款单位", "统一社会信用代码", "开户银行", "银行账号", "金额（元）", "用途", "批次号"};
  private static final int FLUSH_EVERY = 500;

  private final JdbcTemplate jdbc;

  public PaymentFile(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  private interface RowWriter {
    void row(int lineNo, String payee, String creditCode, String bank, String account, BigDecimal amount,
        String purpose) throws IOException;
  }

  @Transactional(readOnly = true)
  public void xlsx(long id, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "qztb-subsidy", "1.0");
    Worksheet sheet = workbook.newWorksheet("拨付文件");
    for (int c = 0; c < HEADERS.length; c++) {
      sheet.value(0, c, HEADERS[c]);
      sheet.style(0, c).bold().set();
    }
    String number = PaymentBatches.number(id);
    int[] r = {1};
    BigDecimal total = lines(id, (lineNo, payee, code, bank, account, amount, purpose) -> {
      int row = r[0]++;
      sheet.value(row, 0, lineNo);
      sheet.value(row, 1, payee);
      sheet.value(row, 2, code);
      sheet.value(row, 3, bank);
      sheet.value(row, 4, account);
      sheet.value(row, 5, amount);
      sheet.style(row, 5).format("0.00").set();
      sheet.value(row, 6, purpose);
      sheet.value(row, 7, number);
      if (row % FLUSH_EVERY == 0) {
        sheet.flush();
      }
    });
    int last = r[0];
    sheet.value(last, 0, "合计");
    sheet.value(last, 1, "共" + (last - 1) + "笔");
    sheet.value(last, 5, total);
    sheet.style(last, 5).format("0.00").bold().set();
    sheet.value(last, 7, number);
    workbook.finish();
  }

  @Transactional(readOnly = true)
  public void csv(long id, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(HEADERS).get());
    String number = PaymentBatches.number(id);
    int[] count = {0};
    BigDecimal total = lines(id, (lineNo, payee, code, bank, account, amount, purpose) -> {
      count[0]++;
      printer.printRecord(lineNo, payee, code, bank, account, amount.toPlainString(), purpose, number);
    });
    printer.printRecord("合计", "共" + count[0] + "笔", "", "", "", total.toPlainString(), "", number);
    printer.flush();
  }

  private BigDecimal lines(long id, RowWriter writer) {
    BigDecimal[] total = {BigDecimal.ZERO};
    jdbc.query("select line_no, payee_name, credit_code, bank_name, account_number, amount, purpose from payment_line"
        + " where batch_id = ? order by line_no", row -> {
          try {
            BigDecimal amount = row.getBigDecimal(6);
            writer.row(row.getInt(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5), amount,
                row.getString(7));
            total[0] = total[0].add(amount);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }, id);
    return total[0];
  }
}
