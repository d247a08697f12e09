package cn.gov.qztb.subsidy.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** 区直责任单位: approves the programs the policy file assigns to it. */
@Entity
@Table(name = "district_unit")
public class DistrictUnit extends Organization {

  /** The contact telephone on the unit's public lists (公示). */
  private String phone = "";

  protected DistrictUnit() {}

  public DistrictUnit(String code, String name, String groupId) {
    super(code, name, groupId);
  }

  public String getPhone() {
    return phone == null ? "" : phone;
  }

  void phone(String phone) {
    this.phone = phone == null ? "" : phone;
  }
}
