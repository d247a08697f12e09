package cn.gov.qztb.subsidy.program;

import cn.gov.qztb.subsidy.Refusal;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads filing fields from submitted process variables, whatever client sent them (a Tasklist
 * form, REST, the Java API), and collects every problem as a Chinese message naming the field.
 * A program reads its fields through one of these and calls {@link #done()} at the end.
 */
@SuppressWarnings("unchecked")
public final class FilingReader {

  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)");
  /**
   * Thousands written with separators as people type them: 3,500,000, 3，500，000 or 3 500 000
   * (one separator throughout, groups of three). Anything else is refused, never guessed at.
   */
  private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}([,\uFF0C \u00A0\u202F])\\d{3}(\\1\\d{3})*(\\.\\d+)?");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern ISO_MONTH = Pattern.compile("\\d{4}-\\d{2}");

  private final Map<String, Object> values;
  private final List<String> problems = new ArrayList<>();
  private final Map<String, Field> fieldsRead = new LinkedHashMap<>();

  /** A field as the reader met it: its kind, and whether it must be given. */
  public record Field(FieldKind kind, boolean required) {}

  public FilingReader(Map<String, ?> values) {
    this.values = new LinkedHashMap<>(values);
  }

  /** Dates and months without a bound of their own must lie in this century. */
  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

  /**
   * Reads every declared field of the filing record, in the order of its components, and makes
   * the record: null when a field is missing or wrong (the problems are collected). A field shown
   * only when another has a value is read only then, and is null otherwise.
   */
  public <R extends Record> R read(Class<R> type, FieldRules rules, LocalDate today) {
    List<FilingField> fields = FilingField.of(type);
    Map<String, Object> read = new LinkedHashMap<>();
    Object[] arguments = new Object[fields.size()];
    for (int i = 0; i < fields.size(); i++) {
      FilingField field = fields.get(i);
      if (field.when() != null && !shown(field.when(), read)) {
        continue;
      }
      arguments[i] = read(field, rules, today);
      read.put(field.key(), arguments[i]);
    }
    if (hasProblems()) {
      return null;
    }
    try {
      return (R) type.getDeclaredConstructors()[0].newInstance(arguments);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make " + type.getSimpleName() + " of " + read, e);
    }
  }

  private static boolean shown(FilingField.Condition when, Map<String, Object> read) {
    Object other = read.get(when.key());
    return other != null && when.value().equals(other instanceof Enum<?> e ? e.name() : String.valueOf(other));
  }

  private Object read(FilingField field, FieldRules rules, LocalDate today) {
    String key = field.key();
    String label = rules.label(field);
    return switch (field.kind()) {
      case TEXT -> field.required() ? text(key, label, field.max().intValue()) : optionalText(key, label, field.max().intValue());
      case COUNT -> field.isList() ? counts(field, rules.items(key))
          : field.required() ? count(key, label, field.max()) : optionalCount(key, label, field.max());
      case MONEY -> field.required() ? money(key, label, field.maxAmount()) : optionalMoney(key, label, field.maxAmount());
      case DATE -> {
        FieldRules.Window window = window(field, rules, today);
        yield field.required() ? date(key, label, window.from(), window.to())
            : optionalDate(key, label, window.from(), window.to());
      }
      case MONTH -> {
        FieldRules.Window window = window(field, rules, today);
        yield month(key, label, YearMonth.from(window.from()), YearMonth.from(window.to()));
      }
      case CHOICE -> choice(key, label, field.choices());
      case FLAG -> flag(key, label);
    };
  }

  private List<Long> counts(FilingField field, FieldRules.Items items) {
    if (items == null || items.count() > field.items()) {
      throw new IllegalStateException(field.key() + ": the edition names " + (items == null ? "no" : items.count())
          + " items, the form has room for " + field.items());
    }
    List<Long> counts = new ArrayList<>();
    for (int i = 0; i < items.count(); i++) {
      counts.add(count(field.itemKey(i), items.label().apply(i), field.max()));
    }
    return counts;
  }

  private static FieldRules.Window window(FilingField field, FieldRules rules, LocalDate today) {
    FieldRules.Window edition = rules.window(field.key());
    LocalDate from = edition != null && edition.from() != null ? edition.from()
        : field.notBefore() != null ? field.notBefore() : EARLIEST;
    LocalDate to = edition != null && edition.to() != null ? edition.to() : field.notAfterToday() ? today : LATEST;
    return new FieldRules.Window(from, to);
  }

  /** Required text, trimmed, at most {@code maxLength} characters. */
  public String text(String name, String label, int maxLength) {
    return required(name, label, FieldKind.TEXT, raw -> parseText(name, label, raw, maxLength));
  }

  public String optionalText(String name, String label, int maxLength) {
    return optional(name, FieldKind.TEXT, raw -> parseText(name, label, raw, maxLength));
  }

  /** A required whole number from 0 to {@code max}: counts of people, kWh, m³, booths … */
  public Long count(String name, String label, long max) {
    return required(name, label, FieldKind.COUNT, raw -> parseCount(name, label, raw, max));
  }

  public Long optionalCount(String name, String label, long max) {
    return optional(name, FieldKind.COUNT, raw -> parseCount(name, label, raw, max));
  }

  /** A required amount in yuan, at least 0, at most two decimals, at most {@code max}. */
  public BigDecimal money(String name, String label, BigDecimal max) {
    return required(name, label, FieldKind.MONEY, raw -> parseMoney(name, label, raw, max));
  }

  public BigDecimal optionalMoney(String name, String label, BigDecimal max) {
    return optional(name, FieldKind.MONEY, raw -> parseMoney(name, label, raw, max));
  }

  /** A required date written yyyy-MM-dd, from {@code earliest} to {@code latest} inclusive. */
  public LocalDate date(String name, String label, LocalDate earliest, LocalDate latest) {
    return required(name, label, FieldKind.DATE, raw -> parseDate(name, label, raw, earliest, latest));
  }

  public LocalDate optionalDate(String name, String label, LocalDate earliest, LocalDate latest) {
    return optional(name, FieldKind.DATE, raw -> parseDate(name, label, raw, earliest, latest));
  }

  /** A required month written yyyy-MM, from {@code earliest} to {@code latest} inclusive. */
  public YearMonth month(String name, String label, YearMonth earliest, YearMonth latest) {
    return required(name, label, FieldKind.MONTH, raw -> parseMonth(name, label, raw, earliest, latest));
  }

  /** One of a choice's constants, given by its name; their labels are shown in the message. */
  public Enum<?> choice(String name, String label, Class<? extends Enum<?>> type) {
    return required(name, label, FieldKind.CHOICE, raw -> parseChoice(name, label, raw, type));
  }

  /** A required yes/no answer. */
  public Boolean flag(String name, String label) {
    return required(name, label, FieldKind.FLAG, raw -> parseFlag(name, label, raw));
  }

  /** Records a problem that involves more than one field, e.g. a date before another. */
  public void require(boolean holds, String name, String label, String problem) {
    if (!holds) {
      problems.add(field(name, label) + problem);
    }
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** @throws Refusal listing every problem found, if there was any */
  public void done() {
    if (!problems.isEmpty()) {
      throw Refusal.badInput(problems);
    }
  }

  public List<String> problems() {
    return List.copyOf(problems);
  }

  /** The fields read, in reading order, with their kinds: what the bad-input catalogue walks. */
  public Map<String, Field> fieldsRead() {
    return new LinkedHashMap<>(fieldsRead);
  }

  private <T> T required(String name, String label, FieldKind kind, Function<Object, T> parser) {
    fieldsRead.put(name, new Field(kind, true));
    Object raw = values.get(name);
    if (isBlank(raw)) {
      problems.add(field(name, label) + "为必填项");
      return null;
    }
    return parser.apply(raw);
  }

  private <T> T optional(String name, FieldKind kind, Function<Object, T> parser) {
    fieldsRead.put(name, new Field(kind, false));
    Object raw = values.get(name);
    return isBlank(raw) ? null : parser.apply(raw);
  }

  private String parseText(String name, String label, Object raw, int maxLength) {
    if (!(raw instanceof String) && !(raw instanceof Number)) {
      return fail(name, label, "应为文字", raw);
    }
    String text = raw instanceof BigDecimal d ? d.toPlainString() : raw.toString().strip();
    if (text.codePointCount(0, text.length()) > maxLength) {
      return fail(name, label, "不能超过" + maxLength + "个字", null);
    }
    if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
      return fail(name, label, "含有不可见的控制字符", null);
    }
    return text;
  }

  private Long parseCount(String name, String label, Object raw, long max) {
    BigDecimal number = asNumber(raw);
    if (number == null) {
      return fail(name, label, "应为数字", raw);
    }
    if (number.signum() < 0) {
      return fail(name, label, "不能为负数", raw);
    }
    if (number.stripTrailingZeros().scale() > 0) {
      return fail(name, label, "应为整数，不能有小数", raw);
    }
    if (number.compareTo(BigDecimal.valueOf(max)) > 0) {
      return fail(name, label, "数值过大，不能超过" + max, raw);
    }
    return number.longValueExact();
  }

  private BigDecimal parseMoney(String name, String label, Object raw, BigDecimal max) {
    BigDecimal number = asNumber(raw);
    if (number == null) {
      return fail(name, label, "应为金额数字（元）", raw);
    }
    if (number.signum() < 0) {
      return fail(name, label, "不能为负数", raw);
    }
    if (number.stripTrailingZeros().scale() > 2) {
      return fail(name, label, "最多保留两位小数（精确到分）", raw);
    }
    if (number.compareTo(max) > 0) {
      return fail(name, label, "金额过大，不能超过" + max.toPlainString() + "元", raw);
    }
    return Money.yuan(number);
  }

  private LocalDate parseDate(String name, String label, Object raw, LocalDate earliest, LocalDate latest) {
    String text = raw instanceof String s ? s.strip() : null;
    if (text == null || !ISO_DATE.matcher(text).matches()) {
      return fail(name, label, "应为日期，格式为yyyy-MM-dd（如2024-02-10）", raw);
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return fail(name, label, "不是有效日期", raw);
    }
    if (date.isBefore(earliest) || date.isAfter(latest)) {
      return fail(name, label, "应在" + earliest + "至" + latest + "之间", raw);
    }
    return date;
  }

  private YearMonth parseMonth(String name, String label, Object raw, YearMonth earliest, YearMonth latest) {
    String text = raw instanceof String s ? s.strip() : null;
    if (text == null || !ISO_MONTH.matcher(text).matches()) {
      return fail(name, label, "应为月份，格式为yyyy-MM（如2024-01）", raw);
    }
    YearMonth month;
    try {
      month = YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      return fail(name, label, "不是有效月份", raw);
    }
    if (month.isBefore(earliest) || month.isAfter(latest)) {
      return fail(name, label, "应在" + earliest + "至" + latest + "之间", raw);
    }
    return month;
  }

  private Enum<?> parseChoice(String name, String label, Object raw, Class<? extends Enum<?>> type) {
    if (raw instanceof String text) {
      for (Enum<?> constant : type.getEnumConstants()) {
        if (constant.name().equals(text.strip())) {
          return constant;
        }
      }
    }
    String options = Arrays.stream(type.getEnumConstants())
        .map(c -> c.name() + "（" + ((Labelled) c).label() + "）")
        .collect(Collectors.joining("、"));
    return fail(name, label, "不是有效选项，可选：" + options, raw);
  }

  private Boolean parseFlag(String name, String label, Object raw) {
    if (raw instanceof Boolean b) {
      return b;
    }
    if ("true".equals(raw) || "false".equals(raw)) {
      return Boolean.valueOf((String) raw);
    }
    return fail(name, label, "应为“是”或“否”（true/false）", raw);
  }

  private static BigDecimal asNumber(Object raw) {
    if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
      return BigDecimal.valueOf(((Number) raw).longValue());
    }
    if (raw instanceof BigInteger big) {
      return new BigDecimal(big);
    }
    if (raw instanceof BigDecimal decimal) {
      return decimal;
    }
    if (raw instanceof Double || raw instanceof Float) {
      double value = ((Number) raw).doubleValue();
      return Double.isFinite(value) ? new BigDecimal(Double.toString(value)) : null;
    }
    if (raw instanceof String text) {
      String s = text.strip();
      if (INTEGER.matcher(s).matches() || DECIMAL.matcher(s).matches()) {
        return new BigDecimal(s);
      }
      if (GROUPED.matcher(s).matches()) {
        return new BigDecimal(s.replaceAll("[,\uFF0C \u00A0\u202F]", ""));
      }
    }
    return null;
  }

  private static boolean isBlank(Object raw) {
    return raw == null || (raw instanceof String s && s.isBlank());
  }

  private <T> T fail(String name, String label, String problem, Object raw) {
    String received = raw == null ? "" : "（收到：" + shorten(String.valueOf(raw)) + "）";
    problems.add(field(name, label) + problem + received);
    return null;
  }

  private static String field(String name, String label) {
    return "「" + label + "」（" + name + "）";
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
