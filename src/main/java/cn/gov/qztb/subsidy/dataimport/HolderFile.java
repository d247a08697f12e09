package cn.gov.qztb.subsidy.dataimport;

import static java.nio.charset.StandardCharsets.UTF_8;

import cn.gov.qztb.subsidy.reference.Dataset;
import cn.gov.qztb.subsidy.reference.Dataset.Column;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * A data holder's upload, read row by row without holding it in memory: XLSX (its first sheet) when
 * it starts like a zip file, otherwise CSV in UTF-8 (a BOM is skipped). The first non-blank row is
 * the header; it must name each column of the dataset once and nothing else. Fully blank rows are
 * skipped. Cells are handed on as text, trimmed; the checking is {@link RowChecker}'s.
 */
public final class HolderFile {

  static final String NOT_CSV_OR_XLSX = "文件不是UTF-8编码的CSV或XLSX文件";
  static final String NOT_XLSX = "文件不是有效的XLSX文件";
  static final String XLS = "文件是旧版Excel（.xls）格式，请另存为XLSX或UTF-8编码的CSV后重新上传";
  static final String NO_ROWS = "文件中没有数据行";

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
      (byte) 0xE1};
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

  private HolderFile() {}

  /** Receives the data rows in file order. */
  public interface RowSink {
    void row(FileRow row);
  }

  /**
   * A data row: its spreadsheet row number (the header is row 1 in a file without leading blank
   * rows), the trimmed text of each cell by {@link Column#name()} ("" when blank), and the cells
   * that could not be read (a TRUE/FALSE cell, an Excel error); those cells are left out of cells.
   */
  public record FileRow(int number, Map<String, String> cells, List<ImportProblem> problems) {}

  /** The whole file is refused: not CSV or XLSX, a wrong header, or no data row. */
  public static final class FileRefused extends RuntimeException {

    private final List<ImportProblem> problems;

    FileRefused(List<ImportProblem> problems) {
      super(problems.stream().map(ImportProblem::message).collect(Collectors.joining("；")));
      this.problems = List.copyOf(problems);
    }

    FileRefused(String message) {
      this(List.of(ImportProblem.ofFile(message)));
    }

    public List<ImportProblem> problems() {
      return problems;
    }
  }

  /**
   * Reads the file and hands each data row to the sink. Throws {@link FileRefused} when the file
   * cannot be read as the dataset, {@link UncheckedIOException} when the stream itself fails.
   */
  public static void read(InputStream in, Dataset dataset, RowSink sink) {
    read(in, new Layout(dataset.columns(), Set.of()), sink);
  }

  /**
   * The columns a file must (or, when named in {@code optional}, may) have: a dataset's, or another
   * upload's such as a bank's return file. An absent optional column reads as blank cells.
   */
  public record Layout(List<Column> columns, Set<String> optional) {}

  /** Reads a file of the given columns; see {@link #read(InputStream, Dataset, RowSink)}. */
  public static void read(InputStream in, Layout dataset, RowSink sink) {
    BufferedInputStream buffered = new BufferedInputStream(in);
    try {
      byte[] head = peek(buffered, OLE2.length);
      if (startsWith(head, ZIP)) {
        readXlsx(buffered, dataset, sink);
      } else if (startsWith(head, OLE2)) {
        throw new FileRefused(XLS);
      } else {
        if (startsWith(head, BOM)) {
          buffered.skipNBytes(BOM.length);
        }
        readCsv(buffered, dataset, sink);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] peek(BufferedInputStream in, int length) throws IOException {
    in.mark(length);
    byte[] head = in.readNBytes(length);
    in.reset();
    return head;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static void readCsv(InputStream in, Layout dataset, RowSink sink) throws IOException {
    var decoder = UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (CSVParser parser = CSV.parse(new InputStreamReader(in, decoder))) {
      Iterator<CSVRecord> records = parser.iterator();
      emit(guarded(records::hasNext, () -> csvRow(records.next()), e -> csvRefused(e, parser)), dataset, sink);
    } catch (CharacterCodingException e) {
      throw new FileRefused(NOT_CSV_OR_XLSX);
    }
  }

  private static RawRow csvRow(CSVRecord record) {
    return new RawRow((int) record.getRecordNumber(), record.stream().map(RawCell::text).toList());
  }

  private static RuntimeException csvRefused(RuntimeException e, CSVParser parser) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof CharacterCodingException) {
        return new FileRefused(NOT_CSV_OR_XLSX);
      }
      if (cause instanceof CSVException) {
        return new FileRefused("CSV文件第" + (parser.getRecordNumber() + 1) + "行附近的引号不配对，请检查该处内容");
      }
    }
    return e;
  }

  /** fastexcel-reader holds an InputStream's whole zip in memory, so the upload goes to a temporary file first. */
  private static void readXlsx(InputStream in, Layout dataset, RowSink sink) throws IOException {
    Path file = Files.createTempFile("holder-import-", ".xlsx");
    try {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      try (ReadableWorkbook workbook = openWorkbook(file); Stream<Row> rows = openFirstSheet(workbook)) {
        Iterator<Row> iterator = rows.iterator();
        boolean date1904 = workbook.isDate1904();
        emit(guarded(iterator::hasNext, () -> XlsxCells.row(iterator.next(), date1904), e -> new FileRefused(NOT_XLSX)),
            dataset, sink);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static ReadableWorkbook openWorkbook(Path file) {
    try {
      return new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
    } catch (IOException | RuntimeException e) {
      throw new FileRefused(NOT_XLSX);
    }
  }

  private static Stream<Row> openFirstSheet(ReadableWorkbook workbook) {
    try {
      return workbook.getFirstSheet().openStream();
    } catch (IOException | RuntimeException e) {
      throw new FileRefused(NOT_XLSX);
    }
  }

  /** The rows of a file, with the library's failures while reading turned into refusals. */
  private static Iterator<RawRow> guarded(Supplier<Boolean> hasNext, Supplier<RawRow> next,
      Function<RuntimeException, RuntimeException> refusal) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        try {
          return hasNext.get();
        } catch (RuntimeException e) {
          throw refusal.apply(e);
        }
      }

      @Override
      public RawRow next() {
        try {
          return next.get();
        } catch (RuntimeException e) {
          throw refusal.apply(e);
        }
      }
    };
  }

  private static void emit(Iterator<RawRow> rows, Layout dataset, RowSink sink) {
    RawRow header = null;
    while (header == null && rows.hasNext()) {
      RawRow row = rows.next();
      header = row.blank() ? null : row;
    }
    if (header == null) {
      throw new FileRefused(NO_ROWS);
    }
    Column[] columns = columns(header, dataset);
    int count = 0;
    while (rows.hasNext()) {
      RawRow row = rows.next();
      if (!row.blank()) {
        count++;
        sink.row(fileRow(row, columns, dataset));
      }
    }
    if (count == 0) {
      throw new FileRefused(NO_ROWS);
    }
  }

  /** The dataset column under each header cell (null under a blank one); refuses a wrong header. */
  private static Column[] columns(RawRow header, Layout dataset) {
    Map<String, Column> byHeader = new HashMap<>();
    dataset.columns().forEach(c -> byHeader.put(c.header(), c));
    String expected = dataset.columns().stream().map(Column::header).collect(Collectors.joining("、"));
    Column[] columns = new Column[header.cells().size()];
    Set<Column> seen = new HashSet<>();
    List<ImportProblem> problems = new ArrayList<>();
    for (int i = 0; i < columns.length; i++) {
      String text = header.cells().get(i).text();
      Column column = byHeader.get(text);
      if (text.isEmpty()) {
        continue;
      } else if (column == null) {
        problems.add(new ImportProblem(header.number(), null, "无法识别的列「" + shorten(text) + "」，本数据集的列为：" + expected));
      } else if (!seen.add(column)) {
        problems.add(new ImportProblem(header.number(), text, "列「" + text + "」出现了不止一次"));
      } else {
        columns[i] = column;
      }
    }
    for (Column column : dataset.columns()) {
      if (!seen.contains(column) && !dataset.optional().contains(column.header())) {
        problems.add(new ImportProblem(header.number(), column.header(), "缺少列「" + column.header() + "」"));
      }
    }
    if (!problems.isEmpty()) {
      throw new FileRefused(problems);
    }
    return columns;
  }

  private static FileRow fileRow(RawRow row, Column[] columns, Layout dataset) {
    Map<String, String> texts = new HashMap<>();
    List<ImportProblem> problems = new ArrayList<>();
    for (int i = 0; i < row.cells().size(); i++) {
      RawCell cell = row.cells().get(i);
      Column column = i < columns.length ? columns[i] : null;
      if (column == null) {
        if (!cell.blank()) {
          problems.add(new ImportProblem(row.number(), null,
              "第" + (i + 1) + "列没有列名，却填写了内容「" + shorten(cell.text()) + "」"));
        }
      } else if (cell.refusal() != null) {
        problems.add(new ImportProblem(row.number(), column.header(), "「" + column.header() + "」" + cell.refusal()));
      } else {
        texts.put(column.name(), cell.text());
      }
    }
    Map<String, String> cells = new LinkedHashMap<>();
    for (Column column : dataset.columns()) {
      if (problems.stream().noneMatch(p -> column.header().equals(p.column()))) {
        cells.put(column.name(), texts.getOrDefault(column.name(), ""));
      }
    }
    return new FileRow(row.number(), cells, List.copyOf(problems));
  }

  private static String shorten(String text) {
    return text.length() <= 20 ? text : text.substring(0, 20) + "…";
  }

  record RawRow(int number, List<RawCell> cells) {

    boolean blank() {
      return cells.stream().allMatch(RawCell::blank);
    }
  }

  /** A cell's trimmed text, or why it cannot be used. */
  record RawCell(String text, String refusal) {

    static RawCell text(String text) {
      return new RawCell(text == null ? "" : text.strip(), null);
    }

    static RawCell refused(String text, String refusal) {
      return new RawCell(text == null ? "" : text.strip(), refusal);
    }

    boolean blank() {
      return text.isEmpty() && refusal == null;
    }
  }

  /**
   * fastexcel cells as text: a number as its plain digits, a number in a date format as an ISO date
   * (yyyy-MM when the format shows no day and it is the 1st, as Excel makes of a typed 2024-01).
   */
  static final class XlsxCells {

    private static final String BOOLEAN = "不支持布尔值（TRUE/FALSE），请填写文字";
    private static final Set<String> ERRORS = Set.of(
        "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!");
    /** Built-in formats (ECMA-376 18.8.30 and Chinese Excel's 27–58) showing a day or a time. */
    private static final Set<Integer> BUILTIN_DATE =
        Set.of(14, 15, 16, 18, 19, 20, 21, 22, 28, 29, 30, 31, 32, 33, 34, 35, 45, 46, 47, 51, 53, 54, 55, 56, 58);
    /** Built-in formats showing a year and month only, e.g. mmm-yy, yyyy"年"m"月". */
    private static final Set<Integer> BUILTIN_MONTH = Set.of(17, 27, 36, 50, 52, 57);
    private static final BigDecimal YEAR_10000 = BigDecimal.valueOf(2_958_466);

    enum Shown { NUMBER, MONTH, DATE }

    static RawRow row(Row row, boolean date1904) {
      List<RawCell> cells = new ArrayList<>(row.getCellCount());
      for (int i = 0; i < row.getCellCount(); i++) {
        cells.add(row.getOptionalCell(i).map(c -> cell(c, date1904)).orElse(RawCell.text("")));
      }
      return new RawRow(row.getRowNum(), cells);
    }

    private static RawCell cell(Cell cell, boolean date1904) {
      Object value = cell.getValue();
      return switch (cell.getType()) {
        case EMPTY -> RawCell.text("");
        case STRING -> RawCell.text(cell.getText());
        case BOOLEAN -> RawCell.refused(cell.getRawValue(), BOOLEAN);
        case ERROR -> error(cell.getRawValue());
        case NUMBER -> number((BigDecimal) value, cell, date1904);
        case FORMULA -> {
          if (value instanceof BigDecimal number) {
            yield number(number, cell, date1904);
          } else if (value instanceof Boolean) {
            yield RawCell.refused(cell.getRawValue(), BOOLEAN);
          } else if (value == null) {
            yield RawCell.refused("", "是没有计算结果的公式，请在Excel中打开并保存后重新上传");
          } else {
            yield ERRORS.contains(value.toString()) ? error(value.toString()) : RawCell.text(value.toString());
          }
        }
      };
    }

    private static RawCell error(String value) {
      return RawCell.refused(value, "是Excel错误值「" + value + "」");
    }

    private static RawCell number(BigDecimal value, Cell cell, boolean date1904) {
      Shown shown = shown(cell.getDataFormatId(), cell.getDataFormatString());
      return shown == Shown.NUMBER ? plain(value) : date(value, shown == Shown.MONTH, date1904);
    }

    private static RawCell plain(BigDecimal value) {
      BigDecimal number = value.stripTrailingZeros();
      if (number.precision() - number.scale() > 15) {
        return RawCell.refused(value.toString(), "是超过15位的数字，Excel只保留15位有效数字，可能已失真；请把该列设为文本格式后重新录入");
      }
      if (number.scale() > 30) {
        return RawCell.refused(value.toString(), "不是有效的数值");
      }
      return RawCell.text((number.scale() < 0 ? number.setScale(0) : number).toPlainString());
    }

    private static RawCell date(BigDecimal serial, boolean monthOnly, boolean date1904) {
      if (serial.signum() < 0 || serial.compareTo(YEAR_10000) >= 0) {
        return RawCell.refused(serial.toPlainString(), "不是有效的日期");
      }
      long days = serial.setScale(0, RoundingMode.FLOOR).longValueExact();
      long seconds = serial.subtract(BigDecimal.valueOf(days)).multiply(BigDecimal.valueOf(86_400))
          .setScale(0, RoundingMode.HALF_UP).longValueExact();
      // Excel's 1900 system counts a 29 February 1900 that never was.
      LocalDate base = date1904 ? LocalDate.of(1904, 1, 1) : LocalDate.of(1899, 12, days < 61 ? 31 : 30);
      LocalDateTime at = base.plusDays(days).atStartOfDay().plusSeconds(seconds);
      if (!at.toLocalTime().equals(LocalTime.MIDNIGHT)) {
        return RawCell.text(at.toLocalDate() + " " + at.toLocalTime());
      }
      if (monthOnly && at.getDayOfMonth() == 1) {
        return RawCell.text(YearMonth.from(at).toString());
      }
      return RawCell.text(at.toLocalDate().toString());
    }

    static Shown shown(Integer id, String format) {
      if (format != null) {
        return shown(format);
      }
      if (id == null) {
        return Shown.NUMBER;
      }
      return BUILTIN_MONTH.contains(id) ? Shown.MONTH : BUILTIN_DATE.contains(id) ? Shown.DATE : Shown.NUMBER;
    }

    /** The letters a custom format shows outside quoted text, escapes, fills and [colour] or [$-locale] parts. */
    static Shown shown(String format) {
      StringBuilder letters = new StringBuilder();
      for (int i = 0; i < format.length() && format.charAt(i) != ';'; i++) {
        char c = format.charAt(i);
        if (c == '"' || c == '[') {
          int end = format.indexOf(c == '"' ? '"' : ']', i + 1);
          String inside = end < 0 ? "" : format.substring(i + 1, end);
          if (c == '[' && inside.matches("(?i)h+|m+|s+")) {
            letters.append(inside.toLowerCase());
          }
          i = end < 0 ? format.length() : end;
        } else if (c == '\\' || c == '_' || c == '*') {
          i++;
        } else {
          letters.append(Character.toLowerCase(c));
        }
      }
      String shown = letters.toString();
      if (shown.contains("d") || shown.contains("h") || shown.contains("s")) {
        return Shown.DATE;
      }
      return shown.contains("y") || shown.contains("m") ? Shown.MONTH : Shown.NUMBER;
    }
  }
}
