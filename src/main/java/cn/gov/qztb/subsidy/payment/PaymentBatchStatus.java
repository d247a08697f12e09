package cn.gov.qztb.subsidy.payment;

/** Where a payment batch (拨付批次) stands. */
public enum PaymentBatchStatus {
  COMPILING("编制中"),
  SUBMITTED("待审核"),
  ORDERED("已下达，待银行回单"),
  COMPLETED("已全部回单"),
  CANCELLED("已取消");

  private final String label;

  PaymentBatchStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
