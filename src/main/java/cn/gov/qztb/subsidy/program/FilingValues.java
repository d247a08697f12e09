package cn.gov.qztb.subsidy.program;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A filing record, read back through its declaration: as the process variables that hold it (the
 * stored copy is written over whatever a client sent) and as the lines of the reviewers' summary.
 */
public final class FilingValues {

  private FilingValues() {}

  /** One variable per field, in the forms' plain types; a list as one variable per item. */
  public static Map<String, Object> variables(Record filing) {
    Map<String, Object> variables = new LinkedHashMap<>();
    List<FilingField> fields = FilingField.of(filing.getClass());
    for (int i = 0; i < fields.size(); i++) {
      FilingField field = fields.get(i);
      Object value = valueOf(filing, i);
      if (field.isList()) {
        List<?> items = (List<?>) value;
        for (int item = 0; item < items.size(); item++) {
          variables.put(field.itemKey(item), items.get(item));
        }
      } else {
        variables.put(field.key(), plain(value));
      }
    }
    return variables;
  }

  /** "label：value" for every field shown, the way the filer gave it. */
  public static List<String> lines(Record filing, FieldRules rules) {
    List<String> lines = new ArrayList<>();
    List<FilingField> fields = FilingField.of(filing.getClass());
    for (int i = 0; i < fields.size(); i++) {
      FilingField field = fields.get(i);
      Object value = valueOf(filing, i);
      if (field.isList()) {
        List<?> items = (List<?>) value;
        FieldRules.Items labels = rules.items(field.key());
        for (int item = 0; item < items.size(); item++) {
          lines.add(labels.label().apply(item) + "：" + items.get(item));
        }
      } else if (value != null || field.when() == null) {
        lines.add(rules.label(field) + "：" + text(value));
      }
    }
    return lines;
  }

  static String text(Object value) {
    if (value == null) {
      return "未填写";
    }
    if (value instanceof Boolean flag) {
      return flag ? "是" : "否";
    }
    if (value instanceof Labelled choice) {
      return choice.label();
    }
    if (value instanceof BigDecimal amount) {
      return Money.grouped(amount);
    }
    return value.toString();
  }

  /** Dates and months as ISO text, enums by name, money as a two-decimal string: never a float. */
  public static Object plain(Object value) {
    if (value instanceof LocalDate || value instanceof YearMonth) {
      return value.toString();
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof BigDecimal amount) {
      return Money.format(amount);
    }
    return value;
  }

  private static Object valueOf(Record filing, int index) {
    RecordComponent component = filing.getClass().getRecordComponents()[index];
    try {
      return component.getAccessor().invoke(filing);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
