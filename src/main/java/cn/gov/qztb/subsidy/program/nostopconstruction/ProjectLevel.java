package cn.gov.qztb.subsidy.program.nostopconstruction;

import java.util.Arrays;
import cn.gov.qztb.subsidy.program.Labelled;

/** 项目级别 of a key project. */
public enum ProjectLevel implements Labelled {
  PROVINCIAL("省级重点项目", "省重点"),
  MUNICIPAL("市级重点项目", "市重点"),
  DISTRICT("区级重点项目", "区重点"),
  OTHER("其他项目", "其他");

  private final String label;
  /** 项目级别 as the key-project registry (Dataset.KEY_PROJECTS) names it. */
  private final String registryName;

  ProjectLevel(String label, String registryName) {
    this.label = label;
    this.registryName = registryName;
  }

  public static ProjectLevel ofRegistry(String name) {
    return Arrays.stream(values()).filter(level -> level.registryName.equals(name)).findFirst().orElseThrow();
  }

  public String label() {
    return label;
  }
}
