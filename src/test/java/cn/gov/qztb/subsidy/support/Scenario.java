package cn.gov.qztb.subsidy.support;

import cn.gov.qztb.subsidy.reference.EnterpriseKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One program walked end to end: who applies (a fresh enterprise of a kind, in a township), who
 * reviews, a valid filing with its expected award, and changes that make the filing ineligible.
 */
public record Scenario(
    String program,
    EnterpriseKind kind,
    String township,
    String verifier,
    String certifier,
    String approver,
    Supplier<Map<String, Object>> filing,
    String amount,
    Map<String, Object> ineligibleChanges) {

  public Map<String, Object> ineligibleFiling() {
    Map<String, Object> values = new HashMap<>(filing.get());
    values.putAll(ineligibleChanges);
    return values;
  }

  @Override
  public String toString() {
    return program;
  }

  public static List<Scenario> all() {
    return List.of(
        new Scenario("newToStatisticsReward", EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "luoyang", "luoyang", null, "keji",
            () -> Map.of("category", "INDUSTRIAL", "inclusionMonth", "2024-02", "productionStartDate", "2024-01-20"),
            "300000.00", Map.of("inclusionMonth", "2024-04")),
        new Scenario("ipoSupport", EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "zhangban", "zhangban", null, "caijin",
            () -> Map.of("stage", "TUTORING_FILING", "stageDate", "2024-03-28", "evidenceNumber", "闽证监函〔2024〕88号"),
            "1000000.00", Map.of("stageDate", "2023-11-30")),
        new Scenario("electricityIncrementReward", EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "baiqi", "baiqi", null, "keji",
            () -> Map.of("period", "JAN_FEB", "kwhJan2023", 400_000, "kwhFeb2023", 300_000, "kwhJan2024", 420_000,
                "kwhFeb2024", 330_000),
            "10000.00", Map.of("kwhFeb2024", 290_000)),
        new Scenario("noStopConstructionBonus", EnterpriseKind.CONSTRUCTION, "dongyuan", "dongyuan", null, "keji",
            () -> Filings.noStopConstruction(Filings.uniqueProjectCode()), "30000.00", Map.of("workersDay3", 0)),
        new Scenario("exhibitionSubsidy", EnterpriseKind.FOREIGN_TRADE, "zhangban", "zhangban", null, "keji",
            Filings::exhibition, "44400.45", Map.of("offline", false, "reportedDate", "2024-03-04")),
        new Scenario("employmentStabilizationSubsidy", EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "luoyang", "luoyang", "keji",
            "minsheng",
            () -> Map.of("insuredDec2023", 120, "insuredFeb2024", 118, "kwhJan2024", 500_000, "kwhFeb2024", 420_000),
            "118000.00", Map.of("kwhFeb2024", 300_000)),
        new Scenario("gasPriceDiscount", EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "dongyuan", "dongyuan", null, "zhifa",
            () -> Map.of("onCityNonResidentialTariff", true, "gasM3Jan2024", 150_000, "gasM3Feb2024", 130_000),
            "28000.00", Map.of("gasM3Feb2024", 80_000)));
  }
}
