package cn.gov.qztb.subsidy.reference;

import jakarta.persistence.Entity;

/** 乡镇: verifies the applications of the enterprises registered in it. */
@Entity
public class Township extends Organization {

  protected Township() {}

  public Township(String code, String name, String groupId) {
    super(code, name, groupId);
  }
}
