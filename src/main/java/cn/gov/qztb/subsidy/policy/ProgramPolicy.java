package cn.gov.qztb.subsidy.policy;

/**
 * The parameters of one program in one policy edition. Each program declares a record that
 * implements this with its own amounts, dates and thresholds, read from seeds/policy/.
 */
public interface ProgramPolicy {

  /** The clause of 泉台管办发明电〔2024〕3号 the program carries out. */
  int clause();

  /**
   * The year the edition measures (2024 in the 2024 edition): field labels written with {@code {Y}}
   * and {@code {Y-1}} show it, e.g. {@code {Y-1}年度出口额} is 2023年度出口额.
   */
  int year();

  /** The program's Chinese title, e.g. 春节不停工奖励. */
  String title();

  /** Code of the district unit that approves (部门审批), from seeds/reference/units.yaml. */
  String approvingUnit();

  /** Code of the unit that certifies before approval (稳岗奖补's 重点企业认定), or null when none does. */
  default String certifyingUnit() {
    return null;
  }
}
