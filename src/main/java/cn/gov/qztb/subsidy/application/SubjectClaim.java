package cn.gov.qztb.subsidy.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.Serializable;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/** A subject held by one open or awarded application of an edition; the primary key forbids a second holder. */
@Entity
@Table(name = "subject_claim")
@IdClass(SubjectClaim.Key.class)
public class SubjectClaim implements Persistable<SubjectClaim.Key> {

  public record Key(String programKey, String policyEdition, String subjectKey) implements Serializable {
    public Key() {
      this(null, null, null);
    }
  }

  @Id
  @Column(name = "program_key")
  private String programKey;

  @Id
  @Column(name = "policy_edition")
  private String policyEdition;

  @Id
  @Column(name = "subject_key")
  private String subjectKey;

  @Column(name = "business_key")
  private String businessKey;

  @Column(name = "claimed_at")
  private Instant claimedAt;

  @Transient private boolean fresh;

  protected SubjectClaim() {}

  SubjectClaim(String programKey, String policyEdition, String subjectKey, String businessKey, Instant claimedAt) {
    this.programKey = programKey;
    this.policyEdition = policyEdition;
    this.subjectKey = subjectKey;
    this.businessKey = businessKey;
    this.claimedAt = claimedAt;
    this.fresh = true;
  }

  @Override
  public Key getId() {
    return new Key(programKey, policyEdition, subjectKey);
  }

  /** Always inserted, never merged: a race on the same subject must hit the primary key. */
  @Override
  public boolean isNew() {
    return fresh;
  }

  public String getBusinessKey() {
    return businessKey;
  }
}
