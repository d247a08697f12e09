package cn.gov.qztb.subsidy.workflow;

import static cn.gov.qztb.subsidy.support.Filings.township;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.application.Application;
import cn.gov.qztb.subsidy.application.ApplicationRepository;
import cn.gov.qztb.subsidy.application.ApplicationStatus;
import cn.gov.qztb.subsidy.ledger.AwardRepository;
import cn.gov.qztb.subsidy.program.FieldKind;
import cn.gov.qztb.subsidy.program.FilingReader.Field;
import cn.gov.qztb.subsidy.program.ProgramCases;
import cn.gov.qztb.subsidy.reference.EnterpriseRepository;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.ProcessTest;
import cn.gov.qztb.subsidy.support.Scenario;
import cn.gov.qztb.subsidy.support.TestEnterprises.Staff;
import cn.gov.qztb.subsidy.support.TestEnterprises;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Walks every field of every program's filing, and every review decision, through a catalogue
 * of bad values: each must be refused with a message naming the field, and nothing may change.
 */
@ProcessTest
class BadInputCatalogueTest {

  /** Stands for "the field is left out altogether". */
  static final Object MISSING = new Object();
  static final String TOO_LONG = "长".repeat(2000);

  static final Map<FieldKind, List<Object>> CATALOGUE = Map.of(
      FieldKind.TEXT, List.of(MISSING, "", "   ", TOO_LONG, "abc\u0000def", true),
      FieldKind.COUNT, List.of(MISSING, "", -1, -1L, 1.5, "2.5", "abc", "1e3", "１２", 10_000_000_000_000L, "99999999999999999999", true),
      FieldKind.MONEY, List.of(MISSING, -0.01, "-5", "1.005", 1.005, "abc", 10_000_000_000_000L, true),
      FieldKind.DATE, List.of(MISSING, "2024/04/23", "2024-02-30", "23.04.2024", "abc", 20240423, "1899-12-31", "2999-01-01"),
      FieldKind.MONTH, List.of(MISSING, "2024-13", "2024/02", "abc", 202402, "1899-12", "2999-01"),
      FieldKind.CHOICE, List.of(MISSING, "", "UNKNOWN", "provincial", 1, true),
      FieldKind.FLAG, List.of(MISSING, "yes", "是", 1, "abc"));

  @Autowired ApplicationDriver driver;
  @Autowired TestEnterprises enterprises;
  @Autowired EnterpriseRepository enterpriseRegistry;
  @Autowired ProgramCases cases;
  @Autowired ApplicationRepository applications;
  @Autowired AwardRepository awards;
  @Autowired JdbcTemplate jdbc;

  int tried;

  @Test
  void everyBadValueIsRefusedAndNothingChanges() {
    List<Filing> filings = new ArrayList<>();
    Scenario.all().forEach(s -> filings.add(new Filing(s, s.filing().get())));
    Scenario electricity = Scenario.all().stream().filter(s -> s.program().equals("electricityIncrementReward")).findFirst().orElseThrow();
    filings.add(new Filing(electricity, Map.of("period", "Q1", "kwhJan2023", 1, "kwhFeb2023", 1, "kwhMar2023", 1,
        "kwhJan2024", 2, "kwhFeb2024", 2, "kwhMar2024", 2)));

    for (Filing filing : filings) {
      Staff staff = enterprises.staffOfNew(filing.scenario());
      ProcessInstance instance = driver.start(filing.scenario().program(), staff.userId());
      badFilings(instance, staff, filing);
      badReviews(instance, staff, filing);
      assertThat(awards.findByEnterpriseCodeAndProgramKeyAndPolicyEdition(staff.enterpriseCode(), filing.scenario().program(), "2024")).isEmpty();
    }
    System.out.printf("BadInputCatalogueTest: %d bad inputs tried, every one refused%n", tried);
    assertThat(tried).isGreaterThan(500);
  }

  private void badFilings(ProcessInstance instance, Staff staff, Filing filing) {
    Map<String, Field> fields = cases.open(filing.scenario().program(), "2024",
        enterpriseRegistry.findById(staff.enterpriseCode()).orElseThrow()).fields(filing.values(), LocalDate.now());
    assertThat(fields).isNotEmpty();
    fields.forEach((name, field) -> {
      for (Object bad : CATALOGUE.get(field.kind())) {
        if (!field.required() && (bad == MISSING || "".equals(bad) || "   ".equals(bad))) {
          continue;
        }
        Map<String, Object> values = new HashMap<>(filing.values());
        if (bad == MISSING) {
          values.remove(name);
        } else {
          values.put(name, bad);
        }
        refused(() -> driver.complete(instance, "filing", staff.userId(), values), name, bad);
      }
    });
    Application application = applications.findById(instance.getBusinessKey()).orElseThrow();
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.DRAFT);
    assertThat(application.getFilingJson()).isNull();
    assertThat(jdbc.queryForObject("select count(*) from subject_claim where business_key = ?", Integer.class,
        instance.getBusinessKey())).isZero();
    assertThat(driver.variables(instance)).doesNotContainKeys(fields.keySet().toArray(String[]::new));
    driver.complete(instance, "filing", staff.userId(), filing.values());
  }

  private void badReviews(ProcessInstance instance, Staff staff, Filing filing) {
    review(instance, "townshipVerification", filing.scenario().verifier(), "townshipDecision", "townshipComment",
        "APPROVE", ApplicationStatus.FILED);
    driver.complete(instance, "townshipVerification", filing.scenario().verifier(), township("APPROVE", null));
    if (filing.scenario().certifier() != null) {
      review(instance, "keyEnterpriseCertification", filing.scenario().certifier(), "certificationDecision",
          "certificationComment", "CERTIFY", ApplicationStatus.VERIFIED);
    }
  }

  private void review(ProcessInstance instance, String task, String user, String decision, String comment, String advance,
      ApplicationStatus status) {
    String refusal = advance.equals("CERTIFY") ? "REFUSE" : "REJECT";
    String returning = advance.equals("CERTIFY") ? "REFUSE" : "RETURN";
    List<Map<String, Object>> bad = new ArrayList<>(Arrays.asList(
        values(decision, MISSING, comment, MISSING),
        values(decision, "", comment, MISSING),
        values(decision, "MAYBE", comment, "x"),
        values(decision, advance.toLowerCase(), comment, MISSING),
        values(decision, 1, comment, MISSING),
        values(decision, advance.equals("CERTIFY") ? "APPROVE" : "CERTIFY", comment, "x"),
        values(decision, refusal, comment, MISSING),
        values(decision, refusal, comment, "   "),
        values(decision, returning, comment, "长".repeat(1001)),
        values(decision, returning, comment, "请补充\u0000考勤表"),
        values(decision, returning, comment, 5)));
    for (Map<String, Object> values : bad) {
      String field = values.get(decision) instanceof String d && (d.equals(refusal) || d.equals(returning)) ? comment : decision;
      refused(() -> driver.complete(instance, task, user, values), field, values);
    }
    assertThat(applications.findById(instance.getBusinessKey()).orElseThrow().getStatus()).isEqualTo(status);
    assertThat(driver.task(instance, task)).isNotNull();
  }

  private void refused(Runnable completion, String field, Object bad) {
    tried++;
    assertThatThrownBy(completion::run)
        .as("%s = %s", field, bad == MISSING ? "(missing)" : String.valueOf(bad).substring(0, Math.min(30, String.valueOf(bad).length())))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("（" + field + "）");
  }

  private static Map<String, Object> values(String decision, Object decisionValue, String comment, Object commentValue) {
    Map<String, Object> values = new HashMap<>();
    if (decisionValue != MISSING) {
      values.put(decision, decisionValue);
    }
    if (commentValue != MISSING) {
      values.put(comment, commentValue);
    }
    return values;
  }

  record Filing(Scenario scenario, Map<String, Object> values) {}
}
