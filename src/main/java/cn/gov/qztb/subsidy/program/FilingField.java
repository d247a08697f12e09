package cn.gov.qztb.subsidy.program;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * One declared filing field ({@link Field} on a component of the filing record), with its kind
 * taken from the component's type.
 *
 * @param choices the enum of a choice, null otherwise
 * @param when the field and value that make this one shown and read, null when always
 * @param items for a list of counts, how many the form has room for; 0 otherwise
 */
public record FilingField(String key, String label, FieldKind kind, boolean required, Long max, BigDecimal maxAmount,
    LocalDate notBefore, boolean notAfterToday, Class<? extends Enum<?>> choices, Condition when, int items) {

  /** "Shown when {@code key} is {@code value}". */
  public record Condition(String key, String value) {}

  /** Whether a label names the edition's years ({Y}, {Y-1}): the form then takes it from formLabels. */
  public static boolean namesYears(String label) {
    return label.contains("{Y}") || label.contains("{Y-1}");
  }

  public boolean labelNamesYears() {
    return namesYears(label);
  }

  /** The filing record's fields, in the order of its components. */
  public static List<FilingField> of(Class<? extends Record> filing) {
    List<FilingField> fields = new ArrayList<>();
    for (RecordComponent component : filing.getRecordComponents()) {
      Field field = component.getAnnotation(Field.class);
      if (field == null) {
        throw new IllegalStateException(filing.getSimpleName() + "." + component.getName() + " is not declared with @Field");
      }
      fields.add(of(component, field));
    }
    return List.copyOf(fields);
  }

  @SuppressWarnings("unchecked")
  private static FilingField of(RecordComponent component, Field field) {
    Class<?> type = component.getType();
    FieldKind kind = kindOf(component);
    boolean required = type.isPrimitive() || field.required();
    Condition when = null;
    if (!field.when().isEmpty()) {
      String[] parts = field.when().split("=", 2);
      when = new Condition(parts[0].strip(), parts[1].strip());
    }
    boolean bounded = switch (kind) {
      case TEXT, COUNT -> field.max() >= 0;
      case MONEY -> !field.maxAmount().isEmpty();
      default -> true;
    };
    if (!bounded) {
      throw new IllegalStateException(component + ": a " + kind + " field must declare its largest value");
    }
    return new FilingField(component.getName(), field.label(), kind, required,
        field.max() < 0 ? null : field.max(),
        field.maxAmount().isEmpty() ? null : new BigDecimal(field.maxAmount()),
        field.notBefore().isEmpty() ? null : LocalDate.parse(field.notBefore()),
        field.notAfterToday(),
        type.isEnum() ? (Class<? extends Enum<?>>) type : null,
        when, field.items());
  }

  private static FieldKind kindOf(RecordComponent component) {
    Class<?> type = component.getType();
    if (type == String.class) {
      return FieldKind.TEXT;
    }
    if (type == long.class || type == Long.class || type == List.class && listOfLongs(component)) {
      return FieldKind.COUNT;
    }
    if (type == BigDecimal.class) {
      return FieldKind.MONEY;
    }
    if (type == LocalDate.class) {
      return FieldKind.DATE;
    }
    if (type == YearMonth.class) {
      return FieldKind.MONTH;
    }
    if (type == boolean.class || type == Boolean.class) {
      return FieldKind.FLAG;
    }
    if (type.isEnum() && Labelled.class.isAssignableFrom(type)) {
      return FieldKind.CHOICE;
    }
    throw new IllegalStateException(component + ": no filing field kind for " + type.getName());
  }

  private static boolean listOfLongs(RecordComponent component) {
    return component.getGenericType() instanceof ParameterizedType list
        && list.getActualTypeArguments()[0] == Long.class;
  }

  /** A list of counts, one per item (e.g. one per holiday day), keyed {@code workersDay1} …. */
  public boolean isList() {
    return items > 0;
  }

  /** The key of a list's item, counted from 1: the list's key without its last word, e.g. workersByDay → workersDay3. */
  public String itemKey(int index) {
    return key.replaceFirst("By([A-Z][a-z]*)$", "$1") + (index + 1);
  }

  /** The labels of the choice's constants, by name. */
  public List<Labelled> choiceValues() {
    List<Labelled> values = new ArrayList<>();
    for (Enum<?> constant : choices.getEnumConstants()) {
      values.add((Labelled) constant);
    }
    return values;
  }
}
