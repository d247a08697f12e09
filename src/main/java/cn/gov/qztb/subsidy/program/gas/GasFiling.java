package cn.gov.qztb.subsidy.program.gas;

import cn.gov.qztb.subsidy.program.Field;
/** Pipeline gas used in the discount window, in whole cubic metres, and whether the city's non-residential tariff applies. */
public record GasFiling(
    @Field(label = "执行全市非居民用户管道燃气终端销售价格") boolean onCityNonResidentialTariff,
    @Field(label = "{Y}年1月用气量（立方米）", max = 1_000_000_000_000L) long gasM3Jan2024,
    @Field(label = "{Y}年2月用气量（立方米）", max = 1_000_000_000_000L) long gasM3Feb2024) {

  public long total() {
    return gasM3Jan2024 + gasM3Feb2024;
  }
}
