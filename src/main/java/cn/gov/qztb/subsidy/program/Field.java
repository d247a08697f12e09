package cn.gov.qztb.subsidy.program;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A filing field, declared once on the component of the program's filing record: its key is the
 * component's name, its kind follows from the component's type (text, count, money, date, month,
 * choice, yes/no, or a list of counts), and this says the rest. The server's checks, the messages
 * that name the field, the reviewers' summary and the check of the Camunda Form
 * (FilingFormsTest) all come from it.
 */
@Target(ElementType.RECORD_COMPONENT)
@Retention(RetentionPolicy.RUNTIME)
public @interface Field {

  /** The Chinese label, as the form shows it and messages name it. */
  String label();

  /** Whether it must be given (when shown). Primitive components are always required. */
  boolean required() default true;

  /** Text: the most characters; count: the largest value. */
  long max() default -1;

  /** Money: the largest amount, in yuan (or the currency the label names), as a decimal. */
  String maxAmount() default "";

  /** Date or month: the earliest allowed, yyyy-MM-dd. */
  String notBefore() default "";

  /** Date or month: not later than the business date. */
  boolean notAfterToday() default false;

  /** Shown and read only when another field has a value, written {@code period=Q1}. */
  String when() default "";

  /** A list of counts: how many the form has room for (the edition says how many are read). */
  int items() default 0;
}
