package cn.gov.qztb.subsidy.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 区直责任单位: approves the programs the policy file assigns to it. */
@Entity
@Table(name = "district_unit")
public class DistrictUnit {

  @Id private String code;
  private String name;

  @Column(name = "group_id")
  private String groupId;

  /** The contact telephone on the unit's public lists (公示). */
  private String phone = "";

  protected DistrictUnit() {}

  public DistrictUnit(String code, String name, String groupId) {
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

  public String getPhone() {
    return phone == null ? "" : phone;
  }

  void phone(String phone) {
    this.phone = phone == null ? "" : phone;
  }

  void update(String name, String groupId) {
    this.name = name;
    this.groupId = groupId;
  }
}
