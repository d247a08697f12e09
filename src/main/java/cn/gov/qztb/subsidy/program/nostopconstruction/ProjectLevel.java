package cn.gov.qztb.subsidy.program.nostopconstruction;

import cn.gov.qztb.subsidy.program.Labelled;

/** 项目级别 of a key project. */
public enum ProjectLevel implements Labelled {
  PROVINCIAL("省级重点项目"),
  MUNICIPAL("市级重点项目"),
  DISTRICT("区级重点项目"),
  OTHER("其他项目");

  private final String label;

  ProjectLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
