package cn.gov.qztb.subsidy.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A policy edition as loaded from seeds/policy/: immutable once applications were computed with it. */
@Entity
@Table(name = "policy_edition")
public class PolicyEdition {

  @Id private String edition;

  @Column(name = "effective_from")
  private LocalDate effectiveFrom;

  private String document;
  private String content;
  private String sha256;

  @Column(name = "loaded_at")
  private Instant loadedAt;

  protected PolicyEdition() {}

  public PolicyEdition(String edition, LocalDate effectiveFrom, String document, String content, String sha256, Instant loadedAt) {
    this.edition = edition;
    this.effectiveFrom = effectiveFrom;
    this.document = document;
    this.content = content;
    this.sha256 = sha256;
    this.loadedAt = loadedAt;
  }

  /** A new text whose computing parameters are those of the old one (checked by the caller). */
  void amend(String content, String sha256) {
    this.content = content;
    this.sha256 = sha256;
  }

  public String getEdition() {
    return edition;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public String getDocument() {
    return document;
  }

  public String getContent() {
    return content;
  }

  public String getSha256() {
    return sha256;
  }
}
