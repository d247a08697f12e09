package cn.gov.qztb.subsidy.program;

import cn.gov.qztb.subsidy.policy.ProgramPolicy;
import cn.gov.qztb.subsidy.reference.Enterprise;
import cn.gov.qztb.subsidy.reference.HolderFacts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One subsidy program of the plan: its filing (a record whose fields are declared with
 * {@link Field}), what subject it may be awarded for only once, and its rule. Everything else
 * (reading and checking the fields, the reviewers' summary, the process, return for correction,
 * notes, the ledger) is shared. Implementations are Spring beans, one package per program.
 *
 * @param <F> the validated filing, a record stored as JSON with the application
 * @param <P> the program's parameters in a policy edition
 */
public interface SubsidyProgram<F extends Record, P extends ProgramPolicy> {

  /** The BPMN process key, e.g. {@code noStopConstructionBonus}; also the key of its policy section. */
  String key();

  /** The prefix of its application numbers, e.g. {@code NSC} in NSC-2024-000017. */
  String numberPrefix();

  Class<F> filingType();

  Class<P> policyType();

  /** What the edition adds to the declared fields: date windows, the items of a list. */
  default FieldRules fieldRules(P policy) {
    return FieldRules.none();
  }

  /** The edition's additions to the fields, with its year for the labels that name years. */
  default FieldRules rules(P policy) {
    return fieldRules(policy).year(policy.year());
  }

  /** Checks that involve several fields, once each field has been read; problems go to the reader. */
  default void check(F filing, FilingReader in, P policy, Enterprise enterprise, LocalDate today) {}

  /**
   * Why the enterprise may not apply at all, e.g. it is not on a list the clause names; null when
   * it may. Asked when an application is started and again when it is filed.
   */
  default String whyNotAdmitted(Enterprise enterprise, P policy) {
    return null;
  }

  /**
   * Checks against the enterprise's approved filings of the same program and edition (e.g. clause
   * 9's first quarter must repeat the January–February figures); problems go to the reader.
   */
  default void checkAgainstApproved(F filing, FilingReader in, P policy, List<F> approved) {}

  /**
   * 免申即享: the filings the data holders' figures make for the enterprise, each complete (every
   * figure present); none for programs that stay application-only (clauses 5 and 24).
   */
  default List<DataFiling<F>> fromData(Enterprise enterprise, P policy, HolderFacts data) {
    return List.of();
  }

  /**
   * Checks a filing against the holders' registries, e.g. clause 18's project must be a key project
   * under construction by the applicant; problems go to the reader.
   */
  default void checkAgainstData(F filing, FilingReader in, P policy, Enterprise enterprise, HolderFacts data) {}

  /** The township that verifies the filing when it is not the enterprise's own (clause 18: the project's). */
  default String verifyingTownship(F filing, HolderFacts data) {
    return null;
  }

  /** Reads and checks the declared fields, then {@link #check}; the caller finishes the reader. */
  default F readFiling(FilingReader in, P policy, Enterprise enterprise, LocalDate today) {
    F filing = in.read(filingType(), rules(policy), today);
    if (filing != null) {
      check(filing, in, policy, enterprise, today);
    }
    return in.hasProblems() ? null : filing;
  }

  /**
   * The last day of the period the program measures in the edition (the holiday, February, the
   * quarter): its filing window must open after it. Null when each filing names its own date
   * (an exhibition, a listing stage), which must then not be after the business date.
   */
  default LocalDate measuredUntil(P policy) {
    return null;
  }

  /** What may be awarded only once, e.g. the project code; unique within the program and edition. */
  String subjectKey(F filing, Enterprise enterprise);

  /** The subject in words for messages, e.g. 项目编号XM-001. */
  String subjectLabel(F filing);

  /** The rule: a pure function of the filing, the registry's facts about the enterprise and the policy. */
  Decision evaluate(F filing, Enterprise enterprise, P policy);

  /** Lines the reviewers need beyond the fields themselves, e.g. a total or an increment. */
  default List<String> summary(F filing, P policy) {
    return List.of();
  }

  /** The filing as lines of "label：value" for the reviewers' forms: the fields, then the summary. */
  default List<String> describe(F filing, P policy) {
    List<String> lines = new ArrayList<>(FilingValues.lines(filing, rules(policy)));
    lines.addAll(summary(filing, policy));
    return lines;
  }

  /** The filing as the process variables that hold it (the stored copy wins over what a client sent). */
  default Map<String, Object> filingVariables(F filing) {
    return FilingValues.variables(filing);
  }

  /** Labels the filing form takes from the edition (one {@code formLabels} variable): a list's items, the years. */
  default Map<String, String> formLabels(P policy) {
    Map<String, String> labels = new LinkedHashMap<>();
    FieldRules rules = rules(policy);
    for (FilingField field : FilingField.of(filingType())) {
      if (field.labelNamesYears()) {
        labels.put(field.key(), rules.label(field));
      }
      FieldRules.Items items = field.isList() ? rules.items(field.key()) : null;
      for (int i = 0; items != null && i < items.count(); i++) {
        labels.put(field.itemKey(i), items.label().apply(i));
      }
    }
    return labels;
  }

  /** What in the edition the declared fields cannot take, e.g. more holiday days than the form has room for. */
  default List<String> editionProblems(P policy) {
    List<String> problems = new ArrayList<>();
    FieldRules rules = rules(policy);
    for (FilingField field : FilingField.of(filingType())) {
      FieldRules.Items items = field.isList() ? rules.items(field.key()) : null;
      if (items != null && items.count() > field.items()) {
        problems.add(policy.title() + "：本版本有" + items.count() + "项「" + field.label() + "」，填报表单只能容纳"
            + field.items() + "项，请先修订表单和填报字段声明");
      }
    }
    return problems;
  }

  /**
   * The decision at the moment of the award, when it depends on other awards (a deduction);
   * enterprise caps declared by the policy are applied after this, by the ledger.
   */
  default Decision settle(F filing, Decision decision, P policy, AwardHistory awards) {
    return decision;
  }
}
