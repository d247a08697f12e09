package cn.gov.qztb.subsidy.program;

/** The kinds of filing field the server checks, each with its own catalogue of bad input. */
public enum FieldKind {
  TEXT,
  COUNT,
  MONEY,
  DATE,
  MONTH,
  CHOICE,
  FLAG
}
