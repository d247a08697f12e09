package cn.gov.qztb.subsidy.program.electricity;

/** Monthly industrial electricity in kWh; the March figures are given for the Q1 reward only. */
public record ElectricityFiling(
    ElectricityPeriod period,
    long kwhJan2023,
    long kwhFeb2023,
    long kwhJan2024,
    long kwhFeb2024,
    Long kwhMar2023,
    Long kwhMar2024) {

  public long base() {
    return kwhJan2023 + kwhFeb2023 + (period == ElectricityPeriod.Q1 ? kwhMar2023 : 0);
  }

  public long current() {
    return kwhJan2024 + kwhFeb2024 + (period == ElectricityPeriod.Q1 ? kwhMar2024 : 0);
  }

  public long increment() {
    return current() - base();
  }
}
