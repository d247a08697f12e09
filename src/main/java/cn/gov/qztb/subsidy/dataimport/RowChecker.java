package cn.gov.qztb.subsidy.dataimport;

import cn.gov.qztb.subsidy.reference.ColumnKind;
import cn.gov.qztb.subsidy.reference.CreditCode;
import cn.gov.qztb.subsidy.reference.Dataset;
import cn.gov.qztb.subsidy.reference.Dataset.Column;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks the rows of one file against its dataset's columns, each cell by its kind, and that no
 * two rows share a key and period. Nothing is corrected: a cell is taken as written or refused.
 * Use one checker per file.
 */
public final class RowChecker {

  /** The characters of 统一社会信用代码 (GB 32100-2015): digits and capitals but I, O, S, V, Z. */
  private static final String CREDIT_CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]+");
  private static final Pattern MONTH = Pattern.compile("([0-9]{4})-(0[1-9]|1[0-2])");
  private static final Pattern DATE = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  /**
   * A row as it is kept: its key, its period ("" when the dataset has none), the credit code of the
   * enterprise it concerns (or null), and its value and party columns by name, optional empty
   * values left out.
   */
  public record CheckedRow(int row, String key, String period, String party, Map<String, String> values) {}

  private final Dataset dataset;
  private final Map<String, String> townshipCodesByName;
  private final String townshipNames;
  private final Map<List<String>, Integer> firstRowByKey = new HashMap<>();

  public RowChecker(Dataset dataset, Map<String, String> townshipCodesByName) {
    this.dataset = dataset;
    this.townshipCodesByName = Map.copyOf(townshipCodesByName);
    this.townshipNames = townshipCodesByName.entrySet().stream()
        .sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
        .map(Map.Entry::getKey)
        .collect(Collectors.joining("、"));
  }

  /** A row from {@link HolderFile}: its unreadable cells are reported and the others checked. */
  public CheckedRow check(HolderFile.FileRow row, List<ImportProblem> problems) {
    problems.addAll(row.problems());
    Set<String> unread = new HashSet<>();
    row.problems().forEach(p -> unread.add(p.column()));
    CheckedRow checked = check(row.number(), row.cells(), unread, problems);
    return row.problems().isEmpty() ? checked : null;
  }

  /**
   * Checks the cells of a row (by column name; a missing cell counts as empty). Returns the row, or
   * null when it has problems, all of which are added to problems.
   */
  public CheckedRow check(int rowNumber, Map<String, String> cells, List<ImportProblem> problems) {
    return check(rowNumber, cells, Set.of(), problems);
  }

  private CheckedRow check(int rowNumber, Map<String, String> cells, Set<String> unread,
      List<ImportProblem> problems) {
    List<ImportProblem> found = new ArrayList<>();
    Map<String, String> canonical = new LinkedHashMap<>();
    for (Column column : dataset.columns()) {
      if (unread.contains(column.header())) {
        continue;
      }
      String text = cells.getOrDefault(column.name(), "");
      if (text.isEmpty()) {
        if (column.required()) {
          found.add(new ImportProblem(rowNumber, column.header(), "「" + column.header() + "」不能为空"));
        }
        continue;
      }
      String problem = problem(column, text);
      if (problem != null) {
        found.add(new ImportProblem(rowNumber, column.header(), "「" + column.header() + "」" + problem));
      } else {
        canonical.put(column.name(), column.kind().type() == ColumnKind.Type.TOWNSHIP
            ? townshipCodesByName.get(text) : text);
      }
    }
    Column key = dataset.keyColumn();
    Column period = dataset.periodColumn().orElse(null);
    String keyValue = canonical.get(key.name());
    String periodValue = period == null ? "" : canonical.get(period.name());
    if (keyValue != null && periodValue != null) {
      Integer first = firstRowByKey.putIfAbsent(List.of(keyValue, periodValue), rowNumber);
      if (first != null) {
        String headers = period == null ? key.header() : key.header() + "和" + period.header();
        found.add(new ImportProblem(rowNumber, key.header(), "与第" + first + "行重复（同一" + headers + "）"));
      }
    }
    problems.addAll(found);
    if (!found.isEmpty()) {
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (Column column : dataset.columns()) {
      Column.Role role = column.role();
      if ((role == Column.Role.VALUE || role == Column.Role.PARTY) && canonical.containsKey(column.name())) {
        values.put(column.name(), canonical.get(column.name()));
      }
    }
    String party = dataset.partyColumn().map(c -> canonical.get(c.name())).orElse(null);
    return new CheckedRow(rowNumber, keyValue, periodValue, party, values);
  }

  /** What is wrong with a non-empty cell, following the column's header; null when nothing is. */
  private String problem(Column column, String text) {
    ColumnKind kind = column.kind();
    return switch (kind.type()) {
      case CREDIT_CODE -> creditCodeProblem(text);
      case CODE -> codeProblem(text);
      case TEXT -> textProblem(text);
      case MONTH -> monthProblem(text);
      case DATE -> dateProblem(text);
      case COUNT -> countProblem(text);
      case YES_NO, CHOICE -> kind.choices().contains(text) ? null : "应为以下之一：" + String.join("、", kind.choices());
      case TOWNSHIP -> townshipCodesByName.containsKey(text) ? null : "应为本区的乡镇（街道）之一：" + townshipNames;
    };
  }

  private static String creditCodeProblem(String text) {
    if (text.chars().anyMatch(Character::isWhitespace)) {
      return "中间不能有空格";
    }
    if (text.chars().anyMatch(c -> c >= 'a' && c <= 'z')) {
      return "含小写字母，应全部使用大写字母";
    }
    for (int i = 0; i < text.length(); i++) {
      if (CREDIT_CODE_CHARACTERS.indexOf(text.charAt(i)) < 0) {
        return "含不允许的字符「" + text.charAt(i) + "」（只能是数字和除I、O、S、V、Z外的大写字母）";
      }
    }
    if (text.length() != 18) {
      return "应为18位，实为" + text.length() + "位";
    }
    return CreditCode.isValid(text) ? null : "校验码（第18位）不正确，请核对代码是否有误";
  }

  private static String codeProblem(String text) {
    if (!CODE.matcher(text).matches()) {
      return "只能包含字母、数字和「-」「_」「.」";
    }
    return text.length() > 64 ? "最长64个字符，实为" + text.length() + "个" : null;
  }

  private static String textProblem(String text) {
    if (text.chars().anyMatch(Character::isISOControl)) {
      return "不能含换行符等控制字符";
    }
    int length = text.codePointCount(0, text.length());
    return length > 128 ? "最长128个字，实为" + length + "个" : null;
  }

  private static String monthProblem(String text) {
    var matcher = MONTH.matcher(text);
    if (!matcher.matches()) {
      return "应为YYYY-MM格式的月份，如2024-01";
    }
    return yearProblem(Integer.parseInt(matcher.group(1)));
  }

  private static String dateProblem(String text) {
    var matcher = DATE.matcher(text);
    if (!matcher.matches()) {
      return "应为YYYY-MM-DD格式的日期，如2024-01-31";
    }
    int year = Integer.parseInt(matcher.group(1));
    try {
      LocalDate.of(year, Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
    } catch (DateTimeException e) {
      return "不是实际存在的日期";
    }
    return yearProblem(year);
  }

  private static String yearProblem(int year) {
    return year < 2000 || year > 2099 ? "的年份应在2000至2099之间" : null;
  }

  private static String countProblem(String text) {
    if (DIGITS.matcher(text).matches()) {
      if (text.length() > 1 && text.charAt(0) == '0') {
        return "不能以0开头";
      }
      return text.length() > 15 ? "最多15位" : null;
    }
    if (text.startsWith("-")) {
      return "不能为负数";
    }
    if (text.startsWith("+")) {
      return "应为不带正负号的整数";
    }
    if (text.contains(",") || text.contains("，")) {
      return "不要使用千位分隔符";
    }
    if (text.contains(".")) {
      return "应为整数，不能有小数";
    }
    return "应为不小于0的整数";
  }
}
