package cn.gov.qztb.subsidy.policy;

import static cn.gov.qztb.subsidy.support.Filings.noStopConstruction;
import static cn.gov.qztb.subsidy.support.Filings.township;
import static cn.gov.qztb.subsidy.support.Filings.uniqueProjectCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.application.FilingWindows;
import cn.gov.qztb.subsidy.ledger.Award;
import cn.gov.qztb.subsidy.ledger.AwardRepository;
import cn.gov.qztb.subsidy.program.nostopconstruction.NoStopConstructionPolicy;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.ProcessTest;
import cn.gov.qztb.subsidy.support.Scenario;
import cn.gov.qztb.subsidy.support.TestEnterprises.Staff;
import cn.gov.qztb.subsidy.support.TestEnterprises;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;

/**
 * Editions really are yearly: a 2025 test edition of all seven programs (editions/2025.yaml, data
 * only) awards the same enterprise again, with its own amounts, and counts its caps alone; the
 * business date decides the edition through the filing windows, which refuse a start or a filing
 * outside them. No business date is configured here: the engine's clock, moved by the test, is it.
 */
@ProcessTest
// its own context and engine name (Camunda's webapps keep engines in JVM-wide registries), kept
// open like EngineApiMatrixTest's: closing it would leave the webapps of the shared context behind
@TestPropertySource(properties = {"subsidy.business-date=", "camunda.bpm.process-engine-name=editions"})
@SuppressWarnings("unchecked")
class PolicyEditionTest {

  /** What the 2025 edition pays for each scenario's filing moved one year on. */
  static final Map<String, String> AMOUNTS_2025 = Map.of(
      "newToStatisticsReward", "350000.00",
      "ipoSupport", "1200000.00",
      "electricityIncrementReward", "12500.00", // (420,000 + 330,000 − 400,000 − 300,000) × 0.25
      "noStopConstructionBonus", "35000.00",
      "exhibitionSubsidy", "52800.40", // 2 × 20,000 + 80% × 16,000.50
      "employmentStabilizationSubsidy", "141600.00", // 118 × 1,200
      "gasPriceDiscount", "33600.00"); // 280,000 m³ × 0.12

  @Autowired PolicyLoader loader;
  @Autowired PolicyBook policies;
  @Autowired PolicyEditionRepository editions;
  @Autowired ApplicationDriver driver;
  @Autowired AwardRepository awards;
  @Autowired TestEnterprises enterprises;
  @Autowired FilingWindows windows;

  @BeforeEach
  void edition2025() throws IOException {
    loader.load("2025.yaml", new ClassPathResource("editions/2025.yaml").getContentAsString(StandardCharsets.UTF_8));
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  static Iterable<Scenario> scenarios() {
    return Scenario.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void theSameEnterpriseIsAwardedUnderEachEditionWithItsAmounts(Scenario scenario) {
    Staff staff = enterprises.staffOfNew(scenario);
    Map<String, Object> filing = scenario.filing().get();

    on(LocalDate.of(2024, 4, 15));
    Award first = awarded(scenario, staff, filing);
    on(LocalDate.of(2025, 4, 15));
    Award second = awarded(scenario, staff, nextYear(filing));

    assertThat(first.getPolicyEdition()).isEqualTo("2024");
    assertThat(first.getAmount()).isEqualByComparingTo(scenario.amount());
    assertThat(second.getPolicyEdition()).isEqualTo("2025");
    assertThat(second.getAmount()).isEqualByComparingTo(AMOUNTS_2025.get(scenario.program()));
    assertThat(second.getEnterpriseCode()).isEqualTo(first.getEnterpriseCode()).isEqualTo(staff.enterpriseCode());
  }

  @Test
  void aCapCountsTheAwardsOfItsOwnEditionOnly() {
    Staff staff = enterprises.staffOfNew(Scenario.all().get(2));
    on(LocalDate.of(2024, 4, 15));
    // 2,600,000 kWh more × 0.20 = 520,000, cut to the 2024 cap of 500,000
    Award capped = awarded(Scenario.all().get(2), staff, electricity("JAN_FEB", 1_000_000, 3_600_000));
    assertThat(capped.getAmount()).isEqualByComparingTo("500000.00");

    on(LocalDate.of(2025, 4, 15));
    // 2025: 1,000,000 kWh more × 0.25 = 250,000, not reduced by 2024's 500,000
    Award nextYear = awarded(Scenario.all().get(2), staff, electricity("JAN_FEB", 1_000_000, 2_000_000));
    assertThat(nextYear.getAmount()).isEqualByComparingTo("250000.00");
    assertThat(nextYear.getNotes()).doesNotContain("累计不超过", "扣除本企业已获");
  }

  @Test
  void startingOrFilingOutsideTheWindowIsRefusedNamingIt() {
    on(LocalDate.of(2024, 2, 10)); // 正月初一: the holiday is not over
    assertThatThrownBy(() -> driver.start("noStopConstructionBonus", "applicant2"))
        .hasMessageContaining("春节不停工奖励不在受理期内：今日（2024-02-10）不在2024年版受理期2024-02-18至2024-04-30、"
            + "2025年版受理期2025-02-06至2025-04-30之内");
    assertThat(windows.onBusinessDay()).filteredOn(FilingWindows.ProgramWindow::open)
        .extracting(FilingWindows.ProgramWindow::key).containsExactlyInAnyOrder("ipoSupport", "exhibitionSubsidy");

    // opened on the last day of the window, filed the day after: refused; the draft stays
    on(LocalDate.of(2024, 4, 30));
    ProcessInstance late = driver.start("noStopConstructionBonus", "applicant2");
    on(LocalDate.of(2024, 5, 1));
    assertThatThrownBy(() -> driver.complete(late, "filing", "applicant2", noStopConstruction(uniqueProjectCode())))
        .isInstanceOf(Refusal.class).hasMessageContaining("2024年版受理期2024-02-18至2024-04-30");
    assertThat(driver.task(late, "filing")).isNotNull();

    // the first quarter's electricity reward opens on 2024-04-01, January–February on 2024-03-01
    on(LocalDate.of(2024, 3, 15));
    Staff staff = enterprises.staffOfNew(Scenario.all().get(2));
    ProcessInstance q1 = driver.start("electricityIncrementReward", staff.userId());
    assertThatThrownBy(() -> driver.complete(q1, "filing", staff.userId(), electricity("Q1", 100, 200)))
        .hasMessageContaining("「申报期间」（period）：一季度用电增量奖励自2024-04-01起受理");
  }

  @Test
  void aCorrectionAskedForAfterTheWindowClosedKeepsItsEdition() {
    on(LocalDate.of(2024, 4, 29));
    ProcessInstance instance = driver.start("noStopConstructionBonus", "applicant2");
    driver.complete(instance, "filing", "applicant2", noStopConstruction(uniqueProjectCode()));
    on(LocalDate.of(2024, 5, 6));
    driver.complete(instance, "townshipVerification", "dongyuan", township("RETURN", "请补充考勤表"));
    driver.complete(instance, "filing", "applicant2", noStopConstruction(uniqueProjectCode()));

    assertThat(driver.variables(instance)).containsEntry("policyEdition", "2024").containsEntry("awardAmount", "30000.00");
    assertThat((Map<String, Object>) driver.variables(instance).get("formLabels"))
        .containsEntry("workersDay1", "2月10日（正月初一）施工人数（人）");
    assertThat(policies.terms("2025", "noStopConstructionBonus", NoStopConstructionPolicy.class).amount())
        .isEqualByComparingTo("35000.00");
  }

  @Test
  void theFormsLabelTheYearsOfTheEdition() {
    on(LocalDate.of(2025, 4, 15));
    Staff staff = enterprises.staffOfNew(Scenario.all().get(2));
    ProcessInstance instance = driver.start("electricityIncrementReward", staff.userId());

    assertThat((Map<String, Object>) driver.variables(instance).get("formLabels"))
        .containsEntry("kwhJan2023", "2024年1月工业用电量（千瓦时）")
        .containsEntry("kwhJan2024", "2025年1月工业用电量（千瓦时）");
    assertThatThrownBy(() -> driver.complete(instance, "filing", staff.userId(),
        Map.of("period", "JAN_FEB", "kwhJan2023", "x")))
        .hasMessageContaining("「2024年1月工业用电量（千瓦时）」（kwhJan2023）");
  }

  @Test
  void aUsedEditionMayHaveItsWindowAmendedButNotItsAmounts() throws IOException {
    on(LocalDate.of(2024, 4, 15));
    ProcessInstance instance = driver.start("noStopConstructionBonus", "applicant2");
    driver.complete(instance, "filing", "applicant2", noStopConstruction(uniqueProjectCode()));
    String text = new ClassPathResource("seeds/policy/2024.yaml").getContentAsString(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> loader.load("2024.yaml", text.replace("amount: \"30000.00\"", "amount: \"40000.00\"")))
        .isInstanceOf(PolicyException.class).hasMessageContaining("已使用的版本不可修改");

    String extended = text.replace("filingCloses: 2024-04-30\n    approvingUnit: keji\n",
        "filingCloses: 2024-05-31\n    approvingUnit: keji\n");
    assertThat(extended).isNotEqualTo(text);
    try {
      loader.load("2024.yaml", extended);
      assertThat(policies.window("2024", "noStopConstructionBonus").closes()).isEqualTo(LocalDate.of(2024, 5, 31));
    } finally {
      loader.load("2024.yaml", text);
    }
    assertThat(policies.window("2024", "noStopConstructionBonus").closes()).isEqualTo(LocalDate.of(2024, 4, 30));

    // who pays and from which fund are administrative too (拨付)
    String otherPayer = text.replace("payingUnit: caijin\n    fund: 区级财政资金", "payingUnit: minsheng\n    fund: 就业补助资金");
    assertThat(otherPayer).isNotEqualTo(text);
    try {
      loader.load("2024.yaml", otherPayer);
      assertThat(policies.payment("2024", "noStopConstructionBonus")).isEqualTo(new PolicyBook.Payment("minsheng", "就业补助资金"));
    } finally {
      loader.load("2024.yaml", text);
    }
    assertThat(policies.payment("2024", "noStopConstructionBonus")).isEqualTo(new PolicyBook.Payment("caijin", "区级财政资金"));

    // a paying unit without its fund is never guessed
    String noFund = text.replace("    fund: 区级财政资金\n", "");
    try {
      loader.load("2024.yaml", noFund);
      assertThatThrownBy(() -> policies.payment("2024", "noStopConstructionBonus")).isInstanceOf(PolicyException.class)
          .hasMessageContaining("未写明资金来源fund");
    } finally {
      loader.load("2024.yaml", text);
    }
  }

  @Test
  void windowsOfOneProgramMayNotOverlapAcrossEditions() throws IOException {
    String overlapping = new ClassPathResource("editions/2025.yaml").getContentAsString(StandardCharsets.UTF_8)
        .replace("edition: \"2025\"", "edition: \"2025-bis\"").replace("effectiveFrom: 2025-02-01", "effectiveFrom: 2025-02-02");
    loader.load("2025-bis.yaml", overlapping);
    try {
      assertThatThrownBy(() -> policies.checkWindows()).isInstanceOf(PolicyException.class)
          .hasMessageContaining("重叠：同一项目各版本的受理期不得重叠");
    } finally {
      editions.deleteById("2025-bis");
      policies.forget("2025-bis");
    }
    policies.checkWindows();
  }

  private Award awarded(Scenario scenario, Staff staff, Map<String, Object> filing) {
    ProcessInstance instance = driver.start(scenario.program(), staff.userId());
    driver.approve(instance, scenario, staff.userId(), filing);
    return awards.findByBusinessKey(instance.getBusinessKey()).orElseThrow();
  }

  private static Map<String, Object> electricity(String period, long before, long after) {
    Map<String, Object> filing = new HashMap<>(Map.of("period", period, "kwhJan2023", before, "kwhFeb2023", 0,
        "kwhJan2024", after, "kwhFeb2024", 0));
    if (period.equals("Q1")) {
      filing.put("kwhMar2023", 0);
      filing.put("kwhMar2024", 0);
    }
    return filing;
  }

  /** The same filing a year later: every date and month one year on. */
  private static Map<String, Object> nextYear(Map<String, Object> filing) {
    Map<String, Object> moved = new HashMap<>();
    filing.forEach((key, value) -> moved.put(key, value instanceof String text && text.matches("20\\d\\d-.*")
        ? (Integer.parseInt(text.substring(0, 4)) + 1) + text.substring(4) : value));
    return moved;
  }

  private static void on(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
  }
}
