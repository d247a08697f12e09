package cn.gov.qztb.subsidy.ledger;

/**
 * Published inside the transaction that moved the award (or recorded it: {@code from} null, to
 * APPROVED): what follows a status commits with it.
 */
public record AwardStatusChanged(long awardId, AwardStatus from, AwardStatus to) {}
