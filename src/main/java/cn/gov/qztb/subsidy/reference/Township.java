package cn.gov.qztb.subsidy.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** 乡镇: verifies the applications of the enterprises registered in it. */
@Entity
public class Township {

  @Id private String code;
  private String name;

  @Column(name = "group_id")
  private String groupId;

  protected Township() {}

  public Township(String code, String name, String groupId) {
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
