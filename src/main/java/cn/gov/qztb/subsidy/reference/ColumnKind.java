package cn.gov.qztb.subsidy.reference;

import java.util.List;

/**
 * What a dataset column holds, and so how a cell is checked and kept: a code, a month (YYYY-MM), a
 * day (YYYY-MM-DD), a count (a non-negative whole number), 是/否, one of fixed choices, a
 * township's name, or free text.
 */
public record ColumnKind(Type type, List<String> choices) {

  public enum Type { CREDIT_CODE, CODE, MONTH, DATE, COUNT, YES_NO, CHOICE, TOWNSHIP, TEXT }

  public static final ColumnKind CREDIT_CODE = new ColumnKind(Type.CREDIT_CODE, List.of());
  public static final ColumnKind CODE = new ColumnKind(Type.CODE, List.of());
  public static final ColumnKind MONTH = new ColumnKind(Type.MONTH, List.of());
  public static final ColumnKind DATE = new ColumnKind(Type.DATE, List.of());
  public static final ColumnKind COUNT = new ColumnKind(Type.COUNT, List.of());
  public static final ColumnKind YES_NO = new ColumnKind(Type.YES_NO, List.of("是", "否"));
  public static final ColumnKind TOWNSHIP = new ColumnKind(Type.TOWNSHIP, List.of());
  public static final ColumnKind TEXT = new ColumnKind(Type.TEXT, List.of());

  public static ColumnKind choice(String... choices) {
    return new ColumnKind(Type.CHOICE, List.of(choices));
  }
}
