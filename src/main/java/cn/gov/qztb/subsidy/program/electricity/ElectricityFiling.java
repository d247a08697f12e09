package cn.gov.qztb.subsidy.program.electricity;

import cn.gov.qztb.subsidy.program.Field;
/** Monthly industrial electricity in kWh; the March figures are given for the Q1 reward only. */
public record ElectricityFiling(
    @Field(label = "申报期间") ElectricityPeriod period,
    @Field(label = "{Y-1}年1月工业用电量（千瓦时）", max = MAX_KWH) long kwhJan2023,
    @Field(label = "{Y-1}年2月工业用电量（千瓦时）", max = MAX_KWH) long kwhFeb2023,
    @Field(label = "{Y}年1月工业用电量（千瓦时）", max = MAX_KWH) long kwhJan2024,
    @Field(label = "{Y}年2月工业用电量（千瓦时）", max = MAX_KWH) long kwhFeb2024,
    @Field(label = "{Y-1}年3月工业用电量（千瓦时）", max = MAX_KWH, when = "period=Q1") Long kwhMar2023,
    @Field(label = "{Y}年3月工业用电量（千瓦时）", max = MAX_KWH, when = "period=Q1") Long kwhMar2024) {

  /** A bound against typing errors, far above any enterprise's consumption. */
  static final long MAX_KWH = 1_000_000_000_000L;

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
