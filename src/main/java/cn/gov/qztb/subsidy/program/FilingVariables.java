package cn.gov.qztb.subsidy.program;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/** A filing record as process variables: one per component, in the forms' plain types. */
public final class FilingVariables {

  private FilingVariables() {}

  public static Map<String, Object> of(Record filing) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (RecordComponent component : filing.getClass().getRecordComponents()) {
      try {
        variables.put(component.getName(), plain(component.getAccessor().invoke(filing)));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return variables;
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
}
