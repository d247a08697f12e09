package cn.gov.qztb.subsidy.ledger;

import static cn.gov.qztb.subsidy.support.Filings.bureau;
import static cn.gov.qztb.subsidy.support.Filings.noStopConstruction;
import static cn.gov.qztb.subsidy.support.Filings.township;
import static cn.gov.qztb.subsidy.support.Filings.uniqueProjectCode;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.reference.EnterpriseKind;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.ProcessTest;
import cn.gov.qztb.subsidy.support.Race;
import cn.gov.qztb.subsidy.support.Scenario;
import cn.gov.qztb.subsidy.support.TestEnterprises.Staff;
import cn.gov.qztb.subsidy.support.TestEnterprises;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Real threads racing for the same money, each race run 50 times: the ledger pays once and caps hold. */
@ProcessTest
class NoDoublePaymentTest {

  static final int ROUNDS = 50;
  static final Map<String, Scenario> SCENARIOS = Map.of(
      "electricityIncrementReward", scenario("electricityIncrementReward"),
      "gasPriceDiscount", scenario("gasPriceDiscount"),
      "employmentStabilizationSubsidy", scenario("employmentStabilizationSubsidy"),
      "ipoSupport", scenario("ipoSupport"));

  @Autowired ApplicationDriver driver;
  @Autowired TestEnterprises enterprises;
  @Autowired AwardRepository awards;
  @Autowired ManagementService management;

  @Test
  void twoApproversCompletingTheSameTaskPayOnce() {
    for (int round = 0; round < ROUNDS; round++) {
      ProcessInstance instance = driver.start("noStopConstructionBonus", "applicant2");
      driver.complete(instance, "filing", "applicant2", noStopConstruction(uniqueProjectCode()));
      driver.complete(instance, "townshipVerification", "dongyuan", township("APPROVE", null));

      List<Throwable> outcomes = Race.run(
          () -> driver.complete(instance, "bureauApproval", "keji", bureau("APPROVE", null)),
          () -> driver.complete(instance, "bureauApproval", "keji2", bureau("APPROVE", null)));

      assertThat(outcomes).as("round %d", round).filteredOn(Objects::isNull).hasSize(1);
      Throwable loser = outcomes.stream().filter(Objects::nonNull).findFirst().orElseThrow();
      assertThat(loser).as("round %d", round).isInstanceOf(Refusal.class)
          .hasMessageContaining("该任务已由他人办理完成");
      driver.runJobs(instance);
      assertThat(awards.findAll()).filteredOn(a -> a.getBusinessKey().equals(instance.getBusinessKey())).hasSize(1);
    }
  }

  @Test
  void twoFilingsForTheSameSubjectReachOneAward() {
    List<String> programs = List.of("noStopConstructionBonus", "gasPriceDiscount", "employmentStabilizationSubsidy",
        "ipoSupport", "electricityIncrementReward");
    for (int round = 0; round < ROUNDS; round++) {
      String program = programs.get(round % programs.size());
      Map<String, Object> filing;
      String userA;
      String userB;
      Scenario scenario;
      if (program.equals("noStopConstructionBonus")) {
        scenario = Scenario.all().stream().filter(s -> s.program().equals(program)).findFirst().orElseThrow();
        filing = noStopConstruction(uniqueProjectCode());
        userA = enterprises.staffOfNew(EnterpriseKind.CONSTRUCTION, "dongyuan").userId(); // two companies, one project
        userB = enterprises.staffOfNew(EnterpriseKind.CONSTRUCTION, "dongyuan").userId();
      } else {
        scenario = SCENARIOS.get(program);
        filing = scenario.filing().get();
        Staff staff = enterprises.staffOfNew(scenario);
        userA = staff.userId(); // two colleagues of one enterprise
        userB = enterprises.colleagueOf(staff).userId();
      }
      ProcessInstance a = driver.start(program, userA);
      ProcessInstance b = driver.start(program, userB);

      List<Throwable> outcomes = Race.run(
          () -> driver.complete(a, "filing", userA, filing),
          () -> driver.complete(b, "filing", userB, filing));

      assertThat(outcomes).as("round %d (%s)", round, program).filteredOn(Objects::isNull).hasSize(1);
      assertThat(outcomes.stream().filter(Objects::nonNull).findFirst().orElseThrow())
          .as("round %d (%s)", round, program).isInstanceOf(Refusal.class).hasMessageContaining("不能重复申请");
      ProcessInstance winner = outcomes.get(0) == null ? a : b;
      driver.approveFiled(winner, scenario);
      assertThat(awards.findAll()).filteredOn(award -> award.getBusinessKey().equals(a.getBusinessKey())
          || award.getBusinessKey().equals(b.getBusinessKey())).hasSize(1);
    }
  }

  @Test
  void racingLedgerWritesOfOneEnterpriseStayWithinTheElectricityCap() {
    Scenario electricity = SCENARIOS.get("electricityIncrementReward");
    for (int round = 0; round < ROUNDS; round++) {
      Staff staff = enterprises.staffOfNew(EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "baiqi");
      // Jan–Feb 400,000.00 and Q1 700,000.00 gross: whichever is recorded second is deducted and cut to the cap
      ProcessInstance janFeb = approvedAwaitingLedger(staff, electricity, Map.of("period", "JAN_FEB",
          "kwhJan2023", 1_000_000, "kwhFeb2023", 1_000_000, "kwhJan2024", 2_000_000, "kwhFeb2024", 2_000_000));
      ProcessInstance q1 = approvedAwaitingLedger(staff, electricity, Map.of("period", "Q1",
          "kwhJan2023", 1_000_000, "kwhFeb2023", 1_000_000, "kwhMar2023", 1_000_000,
          "kwhJan2024", 2_000_000, "kwhFeb2024", 2_000_000, "kwhMar2024", 2_500_000));

      List<Throwable> outcomes = Race.run(() -> runJob(janFeb), () -> runJob(q1));

      assertThat(outcomes).as("round %d", round).containsOnlyNulls();
      List<Award> recorded = awards.findByEnterpriseCodeAndProgramKeyAndPolicyEdition(staff.enterpriseCode(), "electricityIncrementReward", "2024");
      assertThat(recorded).hasSize(2);
      assertThat(recorded.stream().map(Award::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add))
          .as("round %d", round).isEqualByComparingTo("500000.00");
    }
  }

  private ProcessInstance approvedAwaitingLedger(Staff staff, Scenario scenario, Map<String, Object> filing) {
    ProcessInstance instance = driver.start(scenario.program(), staff.userId());
    driver.complete(instance, "filing", staff.userId(), filing);
    driver.complete(instance, "townshipVerification", scenario.verifier(), township("APPROVE", null));
    driver.complete(instance, "bureauApproval", scenario.approver(), bureau("APPROVE", null));
    return instance;
  }

  private void runJob(ProcessInstance instance) {
    Job job = management.createJobQuery().processInstanceId(instance.getId()).singleResult();
    management.executeJob(job.getId());
  }

  private static Scenario scenario(String program) {
    return Scenario.all().stream().filter(s -> s.program().equals(program)).findFirst().orElseThrow();
  }
}
