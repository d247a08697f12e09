package cn.gov.qztb.subsidy.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A data holder outside the district units (惠安供电公司, 区燃气公司): its staff import its
 * datasets and read nothing else.
 */
@Entity
@Table(name = "data_holder")
public class DataHolder {

  @Id private String code;
  private String name;

  @Column(name = "group_id")
  private String groupId;

  protected DataHolder() {}

  public DataHolder(String code, String name, String groupId) {
    this.code = code;
    this.name = name;
    this.groupId = groupId;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getGroupId() {
    return groupId;
  }

  void update(String name, String groupId) {
    this.name = name;
    this.groupId = groupId;
  }
}
