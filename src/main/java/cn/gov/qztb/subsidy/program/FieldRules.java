package cn.gov.qztb.subsidy.program;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * What a policy edition adds to a filing's declared fields: the window a date must fall in (e.g.
 * the exhibitions of 2024), and how many items a list has and what each is called (e.g. the
 * holiday's days). Everything else about a field is in its declaration ({@link Field}).
 */
public final class FieldRules {

  /** A window of dates; a missing end is the declaration's (the business date, or none). */
  public record Window(LocalDate from, LocalDate to) {}

  /** The items a list has in this edition. */
  public record Items(int count, IntFunction<String> label) {}

  private final Map<String, Window> windows = new HashMap<>();
  private final Map<String, Items> items = new HashMap<>();
  private Integer year;

  public static FieldRules none() {
    return new FieldRules();
  }

  public FieldRules dates(String key, LocalDate from, LocalDate to) {
    windows.put(key, new Window(from, to));
    return this;
  }

  public FieldRules items(String key, int count, IntFunction<String> label) {
    items.put(key, new Items(count, label));
    return this;
  }

  /** The year the edition measures, which labels written with {Y} and {Y-1} show. */
  public FieldRules year(int measuredYear) {
    this.year = measuredYear;
    return this;
  }

  /** The field's label with {Y} and {Y-1} replaced by the edition's years (2024, 2023). */
  public String label(FilingField field) {
    return label(field.label());
  }

  String label(String template) {
    if (!FilingField.namesYears(template)) {
      return template;
    }
    if (year == null) {
      throw new IllegalStateException("label " + template + " needs the edition's year");
    }
    return template.replace("{Y-1}", String.valueOf(year - 1)).replace("{Y}", String.valueOf(year));
  }

  Window window(String key) {
    return windows.get(key);
  }

  public Items items(String key) {
    return items.get(key);
  }
}
