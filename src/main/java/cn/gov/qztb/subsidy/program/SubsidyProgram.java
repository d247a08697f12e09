package cn.gov.qztb.subsidy.program;

import cn.gov.qztb.subsidy.policy.ProgramPolicy;
import cn.gov.qztb.subsidy.reference.Enterprise;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One subsidy program of the plan: how its filing is read and checked, what subject it may be
 * awarded for only once, and its rule. Everything else (the process, return for correction,
 * notes, the ledger) is shared. Implementations are Spring beans, one package per program.
 *
 * @param <F> the validated filing, a record stored as JSON with the application
 * @param <P> the program's parameters in a policy edition
 */
public interface SubsidyProgram<F, P extends ProgramPolicy> {

  /** The BPMN process key, e.g. {@code noStopConstructionBonus}; also the key of its policy section. */
  String key();

  /** The prefix of its application numbers, e.g. {@code NSC} in NSC-2024-000017. */
  String numberPrefix();

  Class<F> filingType();

  Class<P> policyType();

  /** Reads and checks the filing fields; problems go to the reader, which the caller then finishes. */
  F readFiling(FilingReader in, P policy, Enterprise enterprise, LocalDate today);

  /** What may be awarded only once, e.g. the project code; unique within the program. */
  String subjectKey(F filing, Enterprise enterprise);

  /** The subject in words for messages, e.g. 项目编号XM-001. */
  String subjectLabel(F filing);

  /** The rule: a pure function of the filing, the registry's facts about the enterprise and the policy. */
  Decision evaluate(F filing, Enterprise enterprise, P policy);

  /** The filing as lines of "label：value" for the reviewers' forms. */
  List<String> describe(F filing, P policy);

  /** The filing as the process variables that hold it (the stored copy wins over what a client sent). */
  default Map<String, Object> filingVariables(F filing) {
    return FilingVariables.of((Record) filing);
  }

  /** Labels the filing form takes from the policy (one {@code formLabels} variable), e.g. the holiday's dates. */
  default Map<String, String> formLabels(P policy) {
    return Map.of();
  }

  /**
   * The decision at the moment of the award, when it depends on other awards (a deduction);
   * enterprise caps declared by the policy are applied after this, by the ledger.
   */
  default Decision settle(F filing, Decision decision, P policy, AwardHistory awards) {
    return decision;
  }
}
