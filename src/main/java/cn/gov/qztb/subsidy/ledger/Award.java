package cn.gov.qztb.subsidy.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;

/** A ledger record: one per approved application, one per subject, the amount exact to the fen. */
@Entity
public class Award {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "business_key")
  private String businessKey;

  @Column(name = "program_key")
  private String programKey;

  private int clause;

  @Column(name = "enterprise_code")
  private String enterpriseCode;

  @Column(name = "township_code")
  private String townshipCode;

  @Column(name = "subject_key")
  private String subjectKey;

  private BigDecimal amount;

  @Column(name = "policy_edition")
  private String policyEdition;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  private String notes;

  /** Changed only by {@link AwardStatuses}, never through this entity. */
  @Enumerated(EnumType.STRING)
  @Column(insertable = false, updatable = false)
  private AwardStatus status;

  protected Award() {}

  Award(String businessKey, String programKey, int clause, String enterpriseCode, String townshipCode,
      String subjectKey, BigDecimal amount, String policyEdition, String processInstanceId,
      String approvedBy, Instant approvedAt, Instant recordedAt, String notes) {
    this.businessKey = businessKey;
    this.programKey = programKey;
    this.clause = clause;
    this.enterpriseCode = enterpriseCode;
    this.townshipCode = townshipCode;
    this.subjectKey = subjectKey;
    this.amount = amount;
    this.policyEdition = policyEdition;
    this.processInstanceId = processInstanceId;
    this.approvedBy = approvedBy;
    this.approvedAt = approvedAt;
    this.recordedAt = recordedAt;
    this.notes = notes;
  }

  public Long getId() {
    return id;
  }

  public String getBusinessKey() {
    return businessKey;
  }

  public String getProgramKey() {
    return programKey;
  }

  public int getClause() {
    return clause;
  }

  public String getEnterpriseCode() {
    return enterpriseCode;
  }

  public String getTownshipCode() {
    return townshipCode;
  }

  public String getSubjectKey() {
    return subjectKey;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getPolicyEdition() {
    return policyEdition;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  /** APPROVED for a record just written (the column's default). */
  public AwardStatus getStatus() {
    return status == null ? AwardStatus.APPROVED : status;
  }

  public String getNotes() {
    return notes;
  }
}
