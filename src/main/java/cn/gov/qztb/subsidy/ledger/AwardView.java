package cn.gov.qztb.subsidy.ledger;

import cn.gov.qztb.subsidy.program.Money;
import java.time.Instant;

/** A ledger record as /api/awards shows it; the amount is a two-decimal string, never a float. */
public record AwardView(
    long id,
    String applicationNumber,
    String programKey,
    String programTitle,
    int clause,
    String enterpriseCode,
    String enterpriseName,
    String townshipCode,
    String subjectKey,
    String amount,
    String policyEdition,
    String processInstanceId,
    String approvedBy,
    Instant approvedAt,
    Instant recordedAt,
    String notes,
    String status,
    String statusLabel) {

  static AwardView of(Award award, String programTitle, String enterpriseName) {
    return new AwardView(award.getId(), award.getBusinessKey(), award.getProgramKey(), programTitle, award.getClause(),
        award.getEnterpriseCode(), enterpriseName, award.getTownshipCode(), award.getSubjectKey(), Money.format(award.getAmount()),
        award.getPolicyEdition(), award.getProcessInstanceId(), award.getApprovedBy(), award.getApprovedAt(),
        award.getRecordedAt(), award.getNotes(), award.getStatus().name(), award.getStatus().label());
  }
}
