package cn.gov.qztb.subsidy.application;

/** The steps of an application at which a person acts, and whose group must act at each. */
public enum Step {
  /** 填报申请: staff of the applying enterprise. */
  FILING("填报申请"),
  /** 确认申领 of an offer (免申即享): staff of the enterprise offered it. */
  OFFER("确认申领"),
  /** A data holder's import corrected a figure the application used: the system. */
  DATA("数据更正"),
  /** 公示 and its objections: the approving unit. */
  PUBLICITY("公示"),
  /** 拨付: the paying unit orders the payment, the bank pays or returns it. */
  PAYMENT("拨付"),
  /** 乡镇核实: verifiers of the enterprise's township. */
  TOWNSHIP("乡镇核实"),
  /** 重点企业认定: the certifying unit of the program in the application's edition. */
  CERTIFICATION("重点企业认定"),
  /** 部门审批: the approving unit of the program in the application's edition. */
  BUREAU("部门审批");

  private final String title;

  Step(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  public static Step of(ReviewStage stage) {
    return switch (stage) {
      case TOWNSHIP -> TOWNSHIP;
      case CERTIFICATION -> CERTIFICATION;
      case BUREAU -> BUREAU;
    };
  }
}
