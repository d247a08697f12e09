package cn.gov.qztb.subsidy.program;

/** A choice of a filing field: its constant is what is stored, its label what people read. */
public interface Labelled {

  String name();

  String label();
}
