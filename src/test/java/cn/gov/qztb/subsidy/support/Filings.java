package cn.gov.qztb.subsidy.support;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Valid filings to start from; tests change one field at a time. */
public final class Filings {

  private Filings() {}

  public static String uniqueProjectCode() {
    return "XM-2024-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  /** A provincial project with 60 workers every holiday day: eligible for 30000.00. */
  public static Map<String, Object> noStopConstruction(String projectCode) {
    Map<String, Object> filing = new HashMap<>();
    filing.put("projectCode", projectCode);
    filing.put("projectName", "泉州湾跨海大桥引线工程");
    filing.put("projectLevel", "PROVINCIAL");
    for (int day = 1; day <= 8; day++) {
      filing.put("workersDay" + day, 60);
    }
    return filing;
  }

  /** 2 booths offline by an exporter above 1,000,000 USD, reported before departure: 30000 + 90% × 16000.50 = 44400.45. */
  public static Map<String, Object> exhibition() {
    Map<String, Object> filing = new HashMap<>();
    filing.put("exhibitionName", "中东（迪拜）国际五金展");
    filing.put("exhibitionCountry", "AE");
    filing.put("exhibitionStartDate", "2024-03-05");
    filing.put("exhibitionEndDate", "2024-03-08");
    filing.put("offline", true);
    filing.put("booths", 2);
    filing.put("hasSelfOperatedExports", true);
    filing.put("exports2023Usd", "1500000.00");
    filing.put("departureDate", "2024-03-03");
    filing.put("reportedDate", "2024-02-26");
    filing.put("airfare1", "8600.00");
    filing.put("airfare2", "7400.50");
    return filing;
  }

  public static Map<String, Object> with(Map<String, Object> filing, String name, Object value) {
    Map<String, Object> changed = new HashMap<>(filing);
    changed.put(name, value);
    return changed;
  }

  /** 认定为重点企业, the figures confirmed (clause 31). */
  public static Map<String, Object> certified() {
    return Map.of("certificationDecision", "CERTIFY", "figuresConfirmed", true);
  }

  public static Map<String, Object> decision(String variable, String decision, String commentVariable, String comment) {
    Map<String, Object> values = new HashMap<>();
    values.put(variable, decision);
    if (comment != null) {
      values.put(commentVariable, comment);
    }
    return values;
  }

  public static Map<String, Object> township(String decision, String comment) {
    return decision("townshipDecision", decision, "townshipComment", comment);
  }

  public static Map<String, Object> bureau(String decision, String comment) {
    return decision("bureauDecision", decision, "bureauComment", comment);
  }
}
