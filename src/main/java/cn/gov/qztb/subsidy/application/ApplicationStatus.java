package cn.gov.qztb.subsidy.application;

/** Where an application stands; kept in the process variable {@code applicationStatus} for searching. */
public enum ApplicationStatus {
  DRAFT("待填报"),
  /** Offered by the system on the holders' data (免申即享): waits for the enterprise to confirm. */
  OFFERED("待确认申领"),
  /** The enterprise said the offer's data is wrong: it files its own figures (like a returned filing). */
  DISPUTED("数据有误待填报"),
  /** The enterprise declined the offer; it may still apply by hand. */
  DECLINED("企业不申领"),
  /** The offer was not answered within the edition's offerConfirmDays. */
  OFFER_EXPIRED("逾期未确认已关闭"),
  FILED("已提交"),
  RETURNED("已退回修改"),
  VERIFIED("乡镇已核实"),
  CERTIFIED("已认定为重点企业"),
  APPROVED("已批准"),
  REJECTED("已驳回"),
  /** The enterprise discarded the draft (or the returned filing) before filing it. */
  DISCARDED("已放弃"),
  /** Left unfiled for the edition's draftExpiryDays: closed by the system. */
  EXPIRED("逾期未提交已关闭"),
  /** Withdrawn by its enterprise while at filing or waiting for township verification (撤回). */
  WITHDRAWN("已撤回");

  private final String label;

  ApplicationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** 撤回 is open while a draft (or a returned or disputed filing) or waiting for township verification. */
  public boolean withdrawable() {
    return this == DRAFT || this == RETURNED || this == DISPUTED || this == FILED;
  }
}
