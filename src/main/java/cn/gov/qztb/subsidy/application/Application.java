package cn.gov.qztb.subsidy.application;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.program.Decision;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Persistable;

/**
 * The authoritative copy of an application: its validated filing, the decision computed from it,
 * and where it stands. Process variables mirror it for display; money is only ever taken from here.
 */
@Entity
public class Application implements Persistable<String> {

  /** The applicant of an offer until a user of the enterprise answers it. */
  public static final String SYSTEM = "system";

  @Id
  @Column(name = "business_key")
  private String businessKey;

  @Column(name = "program_key")
  private String programKey;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "enterprise_code")
  private String enterpriseCode;

  @Column(name = "township_code")
  private String townshipCode;

  @Column(name = "applicant_user_id")
  private String applicantUserId;

  @Column(name = "policy_edition")
  private String policyEdition;

  @Enumerated(EnumType.STRING)
  private ApplicationStatus status;

  @Column(name = "subject_key")
  private String subjectKey;

  @Column(name = "filing_json")
  private String filingJson;

  private Boolean eligible;
  private BigDecimal amount;
  private String notes;

  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Column(name = "rejection_reason")
  private String rejectionReason;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  /** Offered by the system on the holders' data (免申即享) rather than started by the enterprise. */
  private boolean offered;

  /** A new record is inserted, not merged (which would first look for it). */
  @Transient private boolean fresh;

  @Override
  public String getId() {
    return businessKey;
  }

  @Override
  public boolean isNew() {
    return fresh;
  }

  @PostLoad
  @PostPersist
  void stored() {
    fresh = false;
  }

  @Version private long version;

  protected Application() {}

  Application(String businessKey, String programKey, String processInstanceId, String enterpriseCode,
      String townshipCode, String applicantUserId, String policyEdition, Instant now) {
    this.businessKey = businessKey;
    this.programKey = programKey;
    this.processInstanceId = processInstanceId;
    this.enterpriseCode = enterpriseCode;
    this.townshipCode = townshipCode;
    this.applicantUserId = applicantUserId;
    this.policyEdition = policyEdition;
    this.status = ApplicationStatus.DRAFT;
    this.fresh = true;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** An offer (免申即享): filed by the system on the holders' figures, waiting for the enterprise. */
  static Application offer(String businessKey, String programKey, String processInstanceId, String enterpriseCode,
      String townshipCode, String policyEdition, String filingJson, String subjectKey, Decision decision, Instant now) {
    Application application = new Application(businessKey, programKey, processInstanceId, enterpriseCode, townshipCode,
        SYSTEM, policyEdition, now);
    application.offered = true;
    application.filingJson = filingJson;
    application.subjectKey = subjectKey;
    application.eligible = decision.eligible();
    application.amount = decision.amount();
    application.notes = decision.notesText();
    application.status = ApplicationStatus.OFFERED;
    return application;
  }

  /** The enterprise confirmed the offer: filed as offered, by the user who confirmed. */
  void offerAccepted(String userId, Instant now) {
    expect(ApplicationStatus.OFFERED);
    this.applicantUserId = userId;
    moveTo(ApplicationStatus.FILED, now);
  }

  /** The enterprise says the data is wrong: it files its own figures, starting from the data's. */
  void offerDisputed(String userId, Instant now) {
    expect(ApplicationStatus.OFFERED);
    this.applicantUserId = userId;
    moveTo(ApplicationStatus.DISPUTED, now);
  }

  /** Declined by the enterprise, or unanswered in time. */
  void offerClosed(ApplicationStatus closing, Instant now) {
    expect(ApplicationStatus.OFFERED);
    if (closing != ApplicationStatus.DECLINED && closing != ApplicationStatus.OFFER_EXPIRED) {
      throw new IllegalArgumentException("not an offer's closing status: " + closing);
    }
    moveTo(closing, now);
  }

  /** The township the project of a clause 18 filing lies in verifies it. */
  void verifiedBy(String townshipCode) {
    this.townshipCode = townshipCode;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public boolean isOffered() {
    return offered;
  }

  /** The first filing is computed under the edition in force that day; a corrected one keeps it. */
  void fileUnder(String edition) {
    if (status == ApplicationStatus.DRAFT) {
      this.policyEdition = edition;
    }
  }

  void filed(String filingJson, String subjectKey, Instant now) {
    expect(ApplicationStatus.DRAFT, ApplicationStatus.RETURNED, ApplicationStatus.DISPUTED);
    this.filingJson = filingJson;
    this.subjectKey = subjectKey;
    this.eligible = null;
    this.amount = null;
    this.notes = null;
    moveTo(ApplicationStatus.FILED, now);
  }

  void evaluated(Decision decision, Instant now) {
    expect(ApplicationStatus.FILED);
    this.eligible = decision.eligible();
    this.amount = decision.amount();
    this.notes = decision.notesText();
    this.updatedAt = now;
  }

  void verified(Instant now) {
    expect(ApplicationStatus.FILED);
    moveTo(ApplicationStatus.VERIFIED, now);
  }

  void certified(Instant now) {
    expect(ApplicationStatus.VERIFIED);
    moveTo(ApplicationStatus.CERTIFIED, now);
  }

  void approved(ApplicationStatus required, String userId, Instant now) {
    expect(required);
    if (!Boolean.TRUE.equals(eligible)) {
      throw Refusal.badInput("该申请经资格审查不符合条件，不能批准，请选择“退回修改”或“驳回”。审查意见：" + notes);
    }
    this.approvedBy = userId;
    this.approvedAt = now;
    moveTo(ApplicationStatus.APPROVED, now);
  }

  void returned(Instant now) {
    expect(ApplicationStatus.FILED, ApplicationStatus.VERIFIED, ApplicationStatus.CERTIFIED);
    moveTo(ApplicationStatus.RETURNED, now);
  }

  void rejected(String reason, Instant now) {
    expect(ApplicationStatus.FILED, ApplicationStatus.VERIFIED, ApplicationStatus.CERTIFIED);
    this.rejectionReason = reason;
    moveTo(ApplicationStatus.REJECTED, now);
  }

  /** A draft or returned filing closed before it was filed: by its enterprise, or for want of filing. */
  void closedUnfiled(ApplicationStatus closing, Instant now) {
    expect(ApplicationStatus.DRAFT, ApplicationStatus.RETURNED, ApplicationStatus.DISPUTED);
    if (closing != ApplicationStatus.DISCARDED && closing != ApplicationStatus.EXPIRED) {
      throw new IllegalArgumentException("not a closing status: " + closing);
    }
    moveTo(closing, now);
  }

  /** 撤回: only before the township has verified it. */
  void withdrawn(Instant now) {
    if (status == ApplicationStatus.VERIFIED || status == ApplicationStatus.CERTIFIED
        || status == ApplicationStatus.APPROVED) {
      throw Refusal.conflict("申请" + businessKey + "乡镇已核实（当前状态为“" + status.label() + "”），不能撤回");
    }
    if (!status.withdrawable()) {
      throw Refusal.conflict("申请" + businessKey + "当前状态为“" + status.label() + "”，不能撤回");
    }
    moveTo(ApplicationStatus.WITHDRAWN, now);
  }

  /** The amount as finally settled by the ledger (after deductions and caps). */
  void settled(Decision decision, Instant now) {
    expect(ApplicationStatus.APPROVED);
    this.amount = decision.amount();
    this.notes = decision.notesText();
    this.updatedAt = now;
  }

  public Decision decision() {
    if (eligible == null) {
      throw new IllegalStateException("application " + businessKey + " has not been evaluated");
    }
    List<String> lines = notes == null || notes.isEmpty() ? List.of() : Arrays.asList(notes.split("\n"));
    return new Decision(eligible, amount, lines);
  }

  private void expect(ApplicationStatus... allowed) {
    Set<ApplicationStatus> set = EnumSet.copyOf(Arrays.asList(allowed));
    if (!set.contains(status)) {
      throw Refusal.conflict("申请" + businessKey + "当前状态为“" + status.label()
          + "”，不能办理此操作（可能已由他人办理，请刷新任务列表查看）");
    }
  }

  private void moveTo(ApplicationStatus next, Instant now) {
    this.status = next;
    this.updatedAt = now;
  }

  public String getBusinessKey() {
    return businessKey;
  }

  public String getProgramKey() {
    return programKey;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getEnterpriseCode() {
    return enterpriseCode;
  }

  public String getTownshipCode() {
    return townshipCode;
  }

  public String getApplicantUserId() {
    return applicantUserId;
  }

  public String getPolicyEdition() {
    return policyEdition;
  }

  public ApplicationStatus getStatus() {
    return status;
  }

  public String getSubjectKey() {
    return subjectKey;
  }

  public String getFilingJson() {
    return filingJson;
  }

  public Boolean getEligible() {
    return eligible;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getNotes() {
    return notes;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }

  public String getRejectionReason() {
    return rejectionReason;
  }
}
