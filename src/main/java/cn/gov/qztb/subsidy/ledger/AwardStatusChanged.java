package cn.gov.qztb.subsidy.ledger;

/** Published inside the transaction that moved the award: what follows a status commits with it. */
public record AwardStatusChanged(long awardId, AwardStatus from, AwardStatus to) {}
