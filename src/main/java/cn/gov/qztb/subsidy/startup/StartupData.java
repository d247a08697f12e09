package cn.gov.qztb.subsidy.startup;

import cn.gov.qztb.subsidy.AppLock;
import cn.gov.qztb.subsidy.access.TasklistFilters;
import cn.gov.qztb.subsidy.calendar.CalendarLoader;
import cn.gov.qztb.subsidy.engine.EngineAccess;
import cn.gov.qztb.subsidy.identity.AccessSeeder;
import cn.gov.qztb.subsidy.identity.AdminSettings;
import cn.gov.qztb.subsidy.identity.DemoUsers;
import cn.gov.qztb.subsidy.identity.IdentitySeeder;
import cn.gov.qztb.subsidy.policy.PolicyBook;
import cn.gov.qztb.subsidy.policy.PolicyLoader;
import cn.gov.qztb.subsidy.program.ProgramCases;
import cn.gov.qztb.subsidy.program.ProgramRegistry;
import cn.gov.qztb.subsidy.program.SubsidyProgram;
import cn.gov.qztb.subsidy.reference.ReferenceDataLoader;
import cn.gov.qztb.subsidy.reference.SeedFiles;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings seeds/ into the database at startup, in one transaction under a row lock so that
 * nodes starting together take turns: policy editions, townships and units, enterprises, their
 * Camunda groups, the working calendar, Tasklist filters, the standing authorizations, and in the demo profile the
 * demo enterprises and users.
 */
@Component
public class StartupData {

  private static final Logger log = LoggerFactory.getLogger(StartupData.class);
  public static final String ENTERPRISES = "reference/enterprises.csv";
  public static final String DEMO_ENTERPRISES = "demo/enterprises.csv";
  public static final String LISTING_RESERVE = "reference/listing-reserve.csv";
  public static final String DEMO_LISTING_RESERVE = "demo/listing-reserve.csv";

  private final AppLock lock;
  private final PolicyLoader policyLoader;
  private final PolicyBook policies;
  private final ProgramRegistry programs;
  private final ProgramCases cases;
  private final ReferenceDataLoader reference;
  private final SeedFiles seeds;
  private final IdentitySeeder identity;
  private final DemoUsers demoUsers;
  private final TasklistFilters filters;
  private final AccessSeeder access;
  private final AdminSettings admin;
  private final CalendarLoader calendar;
  private final Environment environment;

  public StartupData(AppLock lock, PolicyLoader policyLoader, PolicyBook policies, ProgramRegistry programs, ProgramCases cases,
      ReferenceDataLoader reference, SeedFiles seeds, IdentitySeeder identity, DemoUsers demoUsers,
      TasklistFilters filters, AccessSeeder access, AdminSettings admin, CalendarLoader calendar, Environment environment) {
    this.lock = lock;
    this.policyLoader = policyLoader;
    this.policies = policies;
    this.programs = programs;
    this.cases = cases;
    this.reference = reference;
    this.seeds = seeds;
    this.identity = identity;
    this.demoUsers = demoUsers;
    this.filters = filters;
    this.access = access;
    this.admin = admin;
    this.calendar = calendar;
    this.environment = environment;
  }

  @Transactional
  public void load() {
    lock.acquire("seeding");
    List<String> editions = policyLoader.load();
    checkPolicies(editions);
    List<Integer> years = calendar.load();
    reference.loadOrganizations();
    if (seeds.exists(ENTERPRISES)) {
      reference.loadEnterprises(ENTERPRISES);
    }
    boolean demo = environment.acceptsProfiles(Profiles.of("demo"));
    if (demo) {
      reference.loadEnterprises(DEMO_ENTERPRISES);
    }
    if (seeds.exists(LISTING_RESERVE)) {
      reference.loadListingReserve(LISTING_RESERVE);
    }
    if (demo) {
      reference.loadListingReserve(DEMO_LISTING_RESERVE);
    }
    identity.seedGroups();
    if (demo) {
      demoUsers.seed();
    } else if (admin.passwordGiven()) {
      identity.ensureUser(admin.user(), "系统管理员", admin.password(), List.of(EngineAccess.ADMIN_GROUP));
    }
    filters.seed();
    access.seed();
    log.info("Seed data loaded: policy editions {}, working calendar {}, demo data {}", editions, years,
        demo ? "loaded" : "not loaded");
  }

  /** Every program's section of every edition must parse and fit the declared fields now, not when the first enterprise applies. */
  private void checkPolicies(List<String> editions) {
    policies.checkWindows();
    for (String edition : editions) {
      cases.checkEdition(edition);
      policies.serviceTerms(edition);
      for (SubsidyProgram<?, ?> program : programs.all()) {
        if (!policies.covers(edition, program.key())) {
          log.warn("Policy edition {} has no section for program {}: it cannot be applied for under that edition",
              edition, program.key());
        }
      }
    }
  }
}
