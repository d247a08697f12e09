package cn.gov.qztb.subsidy.program.gas;

/** Pipeline gas used in the discount window, in whole cubic metres, and whether the city's non-residential tariff applies. */
public record GasFiling(boolean onCityNonResidentialTariff, long gasM3Jan2024, long gasM3Feb2024) {

  public long total() {
    return gasM3Jan2024 + gasM3Feb2024;
  }
}
