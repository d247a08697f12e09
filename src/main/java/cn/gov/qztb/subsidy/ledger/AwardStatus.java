package cn.gov.qztb.subsidy.ledger;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an award stands on its way from approval to the money: 公示, then 拨付 (or, for clause 33's
 * gas discount, the gas company's bill credits). Only the listed transitions exist.
 */
public enum AwardStatus {
  APPROVED("已批准待公示"),
  IN_PUBLICITY("公示中"),
  PUBLICIZED("公示期满无异议"),
  ORDERED("已下达拨付"),
  PAID("已拨付到账"),
  /** An objection raised in publicity was upheld: the award is withdrawn and its subject freed. */
  WITHDRAWN("异议成立已撤销"),
  PAYMENT_FAILED("拨付失败待核对账户"),
  /** Clause 33: the discount given on the gas bills, confirmed by the gas company. */
  SETTLED("已在燃气账单中抵扣");

  private static final Map<AwardStatus, Set<AwardStatus>> NEXT = Map.of(
      APPROVED, EnumSet.of(IN_PUBLICITY),
      IN_PUBLICITY, EnumSet.of(PUBLICIZED, WITHDRAWN),
      PUBLICIZED, EnumSet.of(ORDERED, SETTLED),
      ORDERED, EnumSet.of(PAID, PAYMENT_FAILED),
      PAYMENT_FAILED, EnumSet.of(ORDERED),
      PAID, EnumSet.noneOf(AwardStatus.class),
      WITHDRAWN, EnumSet.noneOf(AwardStatus.class),
      SETTLED, EnumSet.noneOf(AwardStatus.class));

  private final String label;

  AwardStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean mayBecome(AwardStatus next) {
    return NEXT.get(this).contains(next);
  }
}
