package cn.gov.qztb.subsidy.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A data holder outside the district units (惠安供电公司, 区燃气公司): its staff import its
 * datasets and read nothing else.
 */
@Entity
@Table(name = "data_holder")
public class DataHolder extends Organization {

  protected DataHolder() {}

  public DataHolder(String code, String name, String groupId) {
    super(code, name, groupId);
  }
}
