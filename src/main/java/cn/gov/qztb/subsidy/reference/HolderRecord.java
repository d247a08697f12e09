package cn.gov.qztb.subsidy.reference;

import java.util.Map;

/**
 * One figure or registry entry as a data holder gave it: the values by column name, and where it
 * came from in words (数据来源：惠安供电公司，2024-03-05 导入).
 */
public record HolderRecord(Dataset dataset, String key, String period, Map<String, String> values, String source) {

  public HolderRecord {
    values = Map.copyOf(values);
  }

  public String value(String column) {
    return values.get(column);
  }

  /** A count column's value. */
  public long count(String column) {
    return Long.parseLong(values.get(column));
  }
}
