package cn.gov.qztb.subsidy.program.ipo;

import cn.gov.qztb.subsidy.program.Labelled;

/** The listing stages clause 5 supports; each may be claimed once, in any order. */
public enum IpoStage implements Labelled {
  SHAREHOLDING_REFORM("股份制改造完成"),
  TUTORING_FILING("辅导备案"),
  APPLICATION_ACCEPTED("申报受理"),
  LISTED("上市");

  private final String label;

  IpoStage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
