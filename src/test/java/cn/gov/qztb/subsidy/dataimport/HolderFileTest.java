package cn.gov.qztb.subsidy.dataimport;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gov.qztb.subsidy.dataimport.HolderFile.FileRefused;
import cn.gov.qztb.subsidy.dataimport.HolderFile.FileRow;
import cn.gov.qztb.subsidy.dataimport.HolderFile.XlsxCells;
import cn.gov.qztb.subsidy.dataimport.HolderFile.XlsxCells.Shown;
import cn.gov.qztb.subsidy.reference.Dataset;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class HolderFileTest {

  static final String ELECTRICITY_HEADER = "统一社会信用代码,月份,工业用电量（千瓦时）";
  static final String CODE = "91350203MA31234567";

  @Test
  void readsCsvWithBomAndCrlf() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = (ELECTRICITY_HEADER + "\r\n" + CODE + ",2024-01,120000\r\n" + CODE + ",2024-02, 7 \r\n")
        .getBytes(UTF_8);
    List<FileRow> rows = read(concat(bom, text), Dataset.ELECTRICITY);
    assertThat(rows).containsExactly(
        new FileRow(2, Map.of("creditCode", CODE, "month", "2024-01", "kwh", "120000"), List.of()),
        new FileRow(3, Map.of("creditCode", CODE, "month", "2024-02", "kwh", "7"), List.of()));
    assertThat(rows.get(0).cells().keySet()).containsExactly("creditCode", "month", "kwh");
  }

  @Test
  void readsCsvWithoutBomInAnyColumnOrderAndTrimsHeaders() {
    String csv = " 月份 ,工业用电量（千瓦时）, 统一社会信用代码\n2024-03,\"1,000\",\" " + CODE + " \"\n";
    assertThat(read(csv.getBytes(UTF_8), Dataset.ELECTRICITY)).containsExactly(
        new FileRow(2, Map.of("creditCode", CODE, "month", "2024-03", "kwh", "1,000"), List.of()));
  }

  @Test
  void skipsBlankRowsButKeepsTheirNumbers() {
    String csv = "\n" + ELECTRICITY_HEADER + "\n,,\n\n" + CODE + ",2024-01,5\n , ,\n" + CODE + ",2024-02,\n";
    List<FileRow> rows = read(csv.getBytes(UTF_8), Dataset.ELECTRICITY);
    assertThat(rows).extracting(FileRow::number).containsExactly(5, 7);
    assertThat(rows.get(1).cells()).containsEntry("kwh", "");
  }

  @Test
  void aQuotedCellMaySpanLines() {
    String csv = "项目代码,项目名称,项目级别,项目所在乡镇,施工单位统一社会信用代码,施工单位名称,状态\r\n"
        + "P-1,\"第一行\r\n第二行\",市重点,洛阳镇," + CODE + ",某建设公司,在建\r\n"
        + "P-2,二号,市重点,洛阳镇," + CODE + ",某建设公司,在建\r\n";
    List<FileRow> rows = read(csv.getBytes(UTF_8), Dataset.KEY_PROJECTS);
    assertThat(rows).extracting(FileRow::number).containsExactly(2, 3);
    assertThat(rows.get(0).cells()).containsEntry("name", "第一行\r\n第二行");
  }

  @Test
  void aCellOutsideTheHeaderIsAProblemOfItsRow() {
    String csv = ELECTRICITY_HEADER + "\n" + CODE + ",2024-01,5,多余\n" + CODE + ",2024-02,6,\n";
    List<FileRow> rows = read(csv.getBytes(UTF_8), Dataset.ELECTRICITY);
    assertThat(rows.get(0).problems()).containsExactly(new ImportProblem(2, null, "第4列没有列名，却填写了内容「多余」"));
    assertThat(rows.get(0).cells()).hasSize(3);
    assertThat(rows.get(1).problems()).isEmpty();
  }

  @Test
  void refusesAWrongHeader() {
    String csv = "统一社会信用代码,用电量,月份,月份\n" + CODE + ",1,2024-01,2024-01\n";
    assertThat(refused(csv.getBytes(UTF_8), Dataset.ELECTRICITY)).containsExactly(
        new ImportProblem(1, null, "无法识别的列「用电量」，本数据集的列为：统一社会信用代码、月份、工业用电量（千瓦时）"),
        new ImportProblem(1, "月份", "列「月份」出现了不止一次"),
        new ImportProblem(1, "工业用电量（千瓦时）", "缺少列「工业用电量（千瓦时）」"));
  }

  @Test
  void refusesAMissingColumn() {
    String csv = "统一社会信用代码,工业用电量（千瓦时）\n" + CODE + ",1\n";
    assertThat(refused(csv.getBytes(UTF_8), Dataset.ELECTRICITY))
        .containsExactly(new ImportProblem(1, "月份", "缺少列「月份」"));
  }

  @Test
  void refusesAFileWithoutDataRows() {
    assertThat(refused(new byte[0], Dataset.ELECTRICITY)).containsExactly(ImportProblem.ofFile("文件中没有数据行"));
    assertThat(refused((ELECTRICITY_HEADER + "\r\n").getBytes(UTF_8), Dataset.ELECTRICITY))
        .containsExactly(ImportProblem.ofFile("文件中没有数据行"));
    assertThat(refused((ELECTRICITY_HEADER + "\r\n,,\r\n\r\n").getBytes(UTF_8), Dataset.ELECTRICITY))
        .containsExactly(ImportProblem.ofFile("文件中没有数据行"));
  }

  @Test
  void refusesCsvThatIsNotUtf8() {
    byte[] gbk = (ELECTRICITY_HEADER + "\n" + CODE + ",2024-01,5\n").getBytes(Charset.forName("GBK"));
    assertThat(refused(gbk, Dataset.ELECTRICITY)).containsExactly(ImportProblem.ofFile("文件不是UTF-8编码的CSV或XLSX文件"));
    byte[] garbage = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xFF, (byte) 0xFE, 1, 2};
    assertThat(refused(garbage, Dataset.ELECTRICITY)).containsExactly(ImportProblem.ofFile("文件不是UTF-8编码的CSV或XLSX文件"));
  }

  @Test
  void refusesAZipThatIsNoWorkbookAndAnOldXls() {
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3};
    assertThat(refused(zip, Dataset.ELECTRICITY)).containsExactly(ImportProblem.ofFile("文件不是有效的XLSX文件"));
    byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
    assertThat(refused(xls, Dataset.ELECTRICITY))
        .containsExactly(ImportProblem.ofFile("文件是旧版Excel（.xls）格式，请另存为XLSX或UTF-8编码的CSV后重新上传"));
  }

  @Test
  void refusesAnUnclosedQuote() {
    String csv = ELECTRICITY_HEADER + "\n" + CODE + ",2024-01,5\n" + CODE + ",\"2024-02,6\n";
    assertThat(refused(csv.getBytes(UTF_8), Dataset.ELECTRICITY))
        .containsExactly(ImportProblem.ofFile("CSV文件第3行附近的引号不配对，请检查该处内容"));
  }

  @Test
  void aFailingStreamIsNoRefusal() {
    var failing = new java.io.InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("connection reset");
      }
    };
    Throwable thrown = catchThrowableOfType(UncheckedIOException.class,
        () -> HolderFile.read(failing, Dataset.ELECTRICITY, row -> {}));
    assertThat(thrown).hasRootCauseMessage("connection reset");
  }

  @Test
  void readsTheFirstSheetOfAnXlsx() {
    byte[] xlsx = xlsx(ws -> {
      header(ws, "统一社会信用代码", "月份", "工业用电量（千瓦时）");
      ws.value(1, 0, CODE);
      ws.value(1, 1, "2024-01");
      ws.value(1, 2, 120000);
      ws.value(2, 0, CODE);
      ws.value(2, 1, "2024-02");
      ws.value(2, 2, 1.5e5);
      // row 4 left out, row 5 only styled: both blank
      ws.style(4, 0).bold().set();
      ws.value(5, 0, CODE);
      ws.value(5, 1, "2024-03");
      ws.value(5, 2, 1.5);
      ws.value(6, 0, CODE);
      ws.value(6, 1, "2024-04");
      ws.value(6, 2, 0);
    });
    assertThat(read(xlsx, Dataset.ELECTRICITY)).containsExactly(
        new FileRow(2, Map.of("creditCode", CODE, "month", "2024-01", "kwh", "120000"), List.of()),
        new FileRow(3, Map.of("creditCode", CODE, "month", "2024-02", "kwh", "150000"), List.of()),
        new FileRow(6, Map.of("creditCode", CODE, "month", "2024-03", "kwh", "1.5"), List.of()),
        new FileRow(7, Map.of("creditCode", CODE, "month", "2024-04", "kwh", "0"), List.of()));
  }

  @Test
  void readsDateFormattedCellsAsIsoDates() {
    byte[] xlsx = xlsx(ws -> {
      header(ws, "项目代码", "日期", "在岗工人数");
      ws.value(1, 0, "P-1");
      ws.value(1, 1, LocalDate.of(2024, 3, 5));
      ws.style(1, 1).format("yyyy-mm-dd").set();
      ws.value(1, 2, 12);
      ws.value(2, 0, "P-1");
      ws.value(2, 1, LocalDate.of(2024, 1, 1));
      ws.style(2, 1).format("yyyy\"年\"m\"月\"").set();
      ws.value(2, 2, 13);
      ws.value(3, 0, "P-1");
      ws.value(3, 1, LocalDateTime.of(2024, 3, 6, 13, 30));
      ws.style(3, 1).format("yyyy/m/d h:mm").set();
      ws.value(3, 2, 14);
      ws.value(4, 0, "P-1");
      ws.value(4, 1, LocalDate.of(2024, 3, 7));
      ws.value(4, 2, 15);
    });
    assertThat(read(xlsx, Dataset.SITE_ATTENDANCE)).extracting(row -> row.cells().get("date"))
        .containsExactly("2024-03-05", "2024-01", "2024-03-06 13:30", "45358");
  }

  @Test
  void refusesBooleansLongNumbersAndFormulasWithoutAValue() {
    byte[] xlsx = xlsx(ws -> {
      header(ws, "统一社会信用代码", "月份", "工业用电量（千瓦时）");
      ws.value(1, 0, 913502001234567000L);
      ws.value(1, 1, true);
      ws.formula(1, 2, "1+1");
      ws.value(2, 0, CODE);
      ws.value(2, 1, "2024-01");
      ws.value(2, 2, 5);
    });
    List<FileRow> rows = read(xlsx, Dataset.ELECTRICITY);
    assertThat(rows.get(0)).isEqualTo(new FileRow(2, Map.of(), List.of(
        new ImportProblem(2, "统一社会信用代码",
            "「统一社会信用代码」是超过15位的数字，Excel只保留15位有效数字，可能已失真；请把该列设为文本格式后重新录入"),
        new ImportProblem(2, "月份", "「月份」不支持布尔值（TRUE/FALSE），请填写文字"),
        new ImportProblem(2, "工业用电量（千瓦时）", "「工业用电量（千瓦时）」是没有计算结果的公式，请在Excel中打开并保存后重新上传"))));
    assertThat(rows.get(1).problems()).isEmpty();
  }

  @Test
  void refusesAWrongXlsxHeaderAndAnEmptyWorkbook() {
    byte[] wrong = xlsx(ws -> {
      header(ws, "统一社会信用代码", "月份");
      ws.value(1, 0, CODE);
    });
    assertThat(refused(wrong, Dataset.ELECTRICITY))
        .containsExactly(new ImportProblem(1, "工业用电量（千瓦时）", "缺少列「工业用电量（千瓦时）」"));
    assertThat(refused(xlsx(ws -> header(ws, "统一社会信用代码", "月份", "工业用电量（千瓦时）")), Dataset.ELECTRICITY))
        .containsExactly(ImportProblem.ofFile("文件中没有数据行"));
    assertThat(refused(xlsx(ws -> {}), Dataset.ELECTRICITY)).containsExactly(ImportProblem.ofFile("文件中没有数据行"));
  }

  @Test
  void tellsDateFormatsFromNumberFormats() {
    assertThat(XlsxCells.shown(14, null)).isEqualTo(Shown.DATE);
    assertThat(XlsxCells.shown(22, null)).isEqualTo(Shown.DATE);
    assertThat(XlsxCells.shown(17, null)).isEqualTo(Shown.MONTH);
    assertThat(XlsxCells.shown(57, null)).isEqualTo(Shown.MONTH);
    assertThat(XlsxCells.shown(0, null)).isEqualTo(Shown.NUMBER);
    assertThat(XlsxCells.shown(3, null)).isEqualTo(Shown.NUMBER);
    assertThat(XlsxCells.shown(null, null)).isEqualTo(Shown.NUMBER);
    assertThat(XlsxCells.shown(176, "yyyy\\-mm\\-dd;@")).isEqualTo(Shown.DATE);
    assertThat(XlsxCells.shown(177, "[$-F800]dddd, mmmm dd, yyyy")).isEqualTo(Shown.DATE);
    assertThat(XlsxCells.shown(178, "[h]:mm:ss")).isEqualTo(Shown.DATE);
    assertThat(XlsxCells.shown(179, "yyyy\"年\"m\"月\"")).isEqualTo(Shown.MONTH);
    assertThat(XlsxCells.shown(180, "General")).isEqualTo(Shown.NUMBER);
    assertThat(XlsxCells.shown(181, "[Red]#,##0.00_);\\(#,##0.00\\)")).isEqualTo(Shown.NUMBER);
    assertThat(XlsxCells.shown(182, "0.00\" m\"")).isEqualTo(Shown.NUMBER);
    assertThat(XlsxCells.shown(183, "[$¥-804]#,##0.00")).isEqualTo(Shown.NUMBER);
    assertThat(XlsxCells.shown(184, "0.00E+00")).isEqualTo(Shown.NUMBER);
  }

  static List<FileRow> read(byte[] bytes, Dataset dataset) {
    List<FileRow> rows = new ArrayList<>();
    HolderFile.read(new ByteArrayInputStream(bytes), dataset, rows::add);
    return rows;
  }

  static List<ImportProblem> refused(byte[] bytes, Dataset dataset) {
    FileRefused refused = catchThrowableOfType(FileRefused.class, () -> read(bytes, dataset));
    assertThat(refused).as("refused").isNotNull();
    return refused.problems();
  }

  static void header(Worksheet ws, String... headers) {
    for (int i = 0; i < headers.length; i++) {
      ws.value(0, i, headers[i]);
    }
  }

  /** A workbook whose first sheet is filled by the caller; a second sheet holds what must not be read. */
  static byte[] xlsx(Consumer<Worksheet> fill) {
    var out = new ByteArrayOutputStream();
    try (Workbook workbook = new Workbook(out, "test", "1.0")) {
      fill.accept(workbook.newWorksheet("数据"));
      workbook.newWorksheet("说明").value(0, 0, "不读这一页");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] both = new byte[a.length + b.length];
    System.arraycopy(a, 0, both, 0, a.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
