package cn.gov.qztb.subsidy.support;

import cn.gov.qztb.subsidy.identity.AccessSeeder;
import cn.gov.qztb.subsidy.identity.IdentitySeeder;
import cn.gov.qztb.subsidy.reference.CreditCode;
import cn.gov.qztb.subsidy.reference.Enterprise;
import cn.gov.qztb.subsidy.reference.EnterpriseKind;
import cn.gov.qztb.subsidy.reference.EnterpriseRepository;
import cn.gov.qztb.subsidy.reference.ListingReserve;
import cn.gov.qztb.subsidy.reference.ListingReserveEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers a fresh enterprise with one staff user, so that tests of once-per-enterprise rules
 * do not depend on what other tests in the same database did.
 */
@Component
public class TestEnterprises {

  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

  private final EnterpriseRepository enterprises;
  private final IdentitySeeder identity;
  private final TransactionTemplate transaction;
  private final AccessSeeder access;
  private final ListingReserve reserve;

  public TestEnterprises(EnterpriseRepository enterprises, IdentitySeeder identity, TransactionTemplate transaction,
      AccessSeeder access, ListingReserve reserve) {
    this.reserve = reserve;
    this.enterprises = enterprises;
    this.identity = identity;
    this.transaction = transaction;
    this.access = access;
  }

  /** A user who is the only staff of a new enterprise of that kind in that township ("luoyang" …). */
  public Staff staffOfNew(EnterpriseKind kind, String township) {
    int n = SEQUENCE.incrementAndGet();
    String code = creditCode(n);
    String userId = "staff" + code.substring(8, 17).toLowerCase();
    transaction.executeWithoutResult(status -> {
      Enterprise enterprise = enterprises.save(new Enterprise(code, "测试企业" + n, township, kind));
      identity.ensureEnterprise(enterprise);
      identity.ensureUser(userId, "测试经办人" + n, "demo", List.of(enterprise.getGroupId()));
      access.enterprise(enterprise);
    });
    return new Staff(userId, code);
  }

  /**
   * A user of a new enterprise that may apply for the scenario's program: for 企业上市扶持 (clause
   * 5) the enterprise is put on the listing reserve list.
   */
  public Staff staffOfNew(Scenario scenario) {
    Staff staff = staffOfNew(scenario.kind(), scenario.township());
    if (scenario.program().equals("ipoSupport")) {
      onListingReserve(staff);
    }
    return staff;
  }

  /** Puts the staff's enterprise on the listing reserve list (上市后备企业库). */
  public void onListingReserve(Staff staff) {
    transaction.executeWithoutResult(status ->
        reserve.save(new ListingReserveEntry(staff.enterpriseCode(), LocalDate.of(2023, 6, 30), "测试")));
  }

  /** A second staff member of the same enterprise. */
  public Staff colleagueOf(Staff staff) {
    String userId = staff.userId() + "b";
    transaction.executeWithoutResult(status ->
        identity.ensureUser(userId, "测试经办人同事", "demo", List.of(Enterprise.groupIdOf(staff.enterpriseCode()))));
    return new Staff(userId, staff.enterpriseCode());
  }

  public String nameOf(Staff staff) {
    return enterprises.findById(staff.enterpriseCode()).orElseThrow().getName();
  }

  public record Staff(String userId, String enterpriseCode) {}

  private static String creditCode(int n) {
    StringBuilder org = new StringBuilder("TE");
    int value = n;
    for (int i = 0; i < 7; i++) {
      org.append(ALPHABET.charAt(value % ALPHABET.length()));
      value /= ALPHABET.length();
    }
    String first17 = "91350521" + org;
    return first17 + CreditCode.checkCharacter(first17);
  }
}
