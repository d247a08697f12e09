package cn.gov.qztb.subsidy.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** An enterprise of the zone, identified by its 统一社会信用代码; its staff are a Camunda group. */
@Entity
public class Enterprise {

  @Id
  @Column(name = "credit_code")
  private String creditCode;

  private String name;

  @Column(name = "township_code")
  private String townshipCode;

  @Enumerated(EnumType.STRING)
  private EnterpriseKind kind;

  @Column(name = "group_id")
  private String groupId;

  protected Enterprise() {}

  public Enterprise(String creditCode, String name, String townshipCode, EnterpriseKind kind) {
    this.creditCode = CreditCode.requireValid(creditCode);
    this.name = name;
    this.townshipCode = townshipCode;
    this.kind = kind;
    this.groupId = groupIdOf(creditCode);
  }

  public static String groupIdOf(String creditCode) {
    return "enterprise" + creditCode;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public String getName() {
    return name;
  }

  public String getTownshipCode() {
    return townshipCode;
  }

  public EnterpriseKind getKind() {
    return kind;
  }

  public String getGroupId() {
    return groupId;
  }

  void update(String name, String townshipCode, EnterpriseKind kind) {
    this.name = name;
    this.townshipCode = townshipCode;
    this.kind = kind;
  }
}
