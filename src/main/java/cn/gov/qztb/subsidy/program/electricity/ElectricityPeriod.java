package cn.gov.qztb.subsidy.program.electricity;

import cn.gov.qztb.subsidy.program.Labelled;

/** The two rewards of clause 9: one for January–February, one for the first quarter. */
public enum ElectricityPeriod implements Labelled {
  JAN_FEB("1-2月"),
  Q1("一季度");

  private final String label;

  ElectricityPeriod(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
