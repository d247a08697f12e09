package cn.gov.qztb.subsidy.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A township, a district unit or a data holder: a code, a Chinese name and the Camunda group whose
 * members act for it, loaded from seeds/reference/.
 */
@MappedSuperclass
public abstract class Organization {

  @Id private String code;
  private String name;

  @Column(name = "group_id")
  private String groupId;

  protected Organization() {}

  protected Organization(String code, String name, String groupId) {
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
