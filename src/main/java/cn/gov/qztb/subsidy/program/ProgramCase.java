package cn.gov.qztb.subsidy.program;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.policy.ProgramPolicy;
import cn.gov.qztb.subsidy.reference.Enterprise;
import cn.gov.qztb.subsidy.reference.HolderFacts;
import cn.gov.qztb.subsidy.reference.HolderRecord;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A program applied to one enterprise under one policy edition: the typed bridge between the
 * generic workflow, which keeps filings as JSON, and the program's own records.
 */
public final class ProgramCase<F extends Record, P extends ProgramPolicy> {

  /** A filing that passed every check, with the subject it claims. */
  public record Filed(String json, String subjectKey, String subjectLabel) {}

  /** What the holders' data offers (免申即享): the filing, its subject, the records used, the rule's decision. */
  public record Offer(String json, String subjectKey, String subjectLabel, List<HolderRecord> used, Decision decision) {}

  private final SubsidyProgram<F, P> program;
  private final P policy;
  private final Enterprise enterprise;
  private final ObjectMapper json;

  ProgramCase(SubsidyProgram<F, P> program, P policy, Enterprise enterprise, ObjectMapper json) {
    this.program = program;
    this.policy = policy;
    this.enterprise = enterprise;
    this.json = json;
  }

  public SubsidyProgram<F, P> program() {
    return program;
  }

  public P policy() {
    return policy;
  }

  public Enterprise enterprise() {
    return enterprise;
  }

  /**
   * @param approvedFilings the enterprise's approved filings of this program and edition, as stored
   * @throws Refusal naming every field that is missing or wrong
   */
  public Filed read(Map<String, ?> variables, LocalDate today, List<String> approvedFilings, HolderFacts data) {
    FilingReader reader = new FilingReader(variables);
    F filing = program.readFiling(reader, policy, enterprise, today);
    if (filing != null) {
      program.checkAgainstApproved(filing, reader, policy, approvedFilings.stream().map(this::filing).toList());
      program.checkAgainstData(filing, reader, policy, enterprise, data);
    }
    reader.done();
    return new Filed(write(filing), program.subjectKey(filing, enterprise), program.subjectLabel(filing));
  }

  /**
   * What in a stored filing contradicts the enterprise's approved filings (e.g. clause 9's two
   * periods giving January different figures); empty when nothing does.
   */
  public List<String> conflictsWithApproved(String filingJson, List<String> approvedFilings) {
    FilingReader reader = new FilingReader(Map.of());
    program.checkAgainstApproved(filing(filingJson), reader, policy, approvedFilings.stream().map(this::filing).toList());
    return reader.problems();
  }

  /** Why the enterprise may not apply for the program at all, or null. */
  public String whyNotAdmitted() {
    return program.whyNotAdmitted(enterprise, policy);
  }

  /** The fields this filing makes the program read (some depend on others, e.g. the period). */
  public Map<String, FilingReader.Field> fields(Map<String, ?> variables, LocalDate today) {
    FilingReader reader = new FilingReader(variables);
    program.readFiling(reader, policy, enterprise, today);
    return reader.fieldsRead();
  }

  /** The filings the holders' data makes for the enterprise, each with the rule's decision. */
  public List<Offer> offers(HolderFacts data) {
    return program.fromData(enterprise, policy, data).stream()
        .map(made -> new Offer(write(made.filing()), program.subjectKey(made.filing(), enterprise),
            program.subjectLabel(made.filing()), made.used(), program.evaluate(made.filing(), enterprise, policy)))
        .toList();
  }

  /** A stored filing next to the holders' figures for the same subject; null when the data has none. */
  public DataComparison compareWithData(String filingJson, HolderFacts data) {
    F filing = filing(filingJson);
    String subject = program.subjectKey(filing, enterprise);
    for (DataFiling<F> made : program.fromData(enterprise, policy, data)) {
      if (subject.equals(program.subjectKey(made.filing(), enterprise))) {
        // the declared fields differ or not; the summary lines (totals) follow from them
        List<String> differences = DataComparison.differences(FilingValues.lines(filing, program.rules(policy)),
            FilingValues.lines(made.filing(), program.rules(policy)));
        return new DataComparison(differences, made.used(), program.describe(made.filing(), policy));
      }
    }
    return null;
  }

  /** The township that verifies a stored filing, when not the enterprise's own; else null. */
  public String verifyingTownship(String filingJson, HolderFacts data) {
    return program.verifyingTownship(filing(filingJson), data);
  }

  public Decision evaluate(String filingJson) {
    return program.evaluate(filing(filingJson), enterprise, policy);
  }

  public Decision settle(String filingJson, Decision decision, AwardHistory awards) {
    return program.settle(filing(filingJson), decision, policy, awards);
  }

  public List<String> describe(String filingJson) {
    return program.describe(filing(filingJson), policy);
  }

  public Map<String, String> formLabels() {
    return program.formLabels(policy);
  }

  /** The stored filing as process variables again (yyyy-MM-dd dates, enum names, plain numbers). */
  public Map<String, Object> filingVariables(String filingJson) {
    return program.filingVariables(filing(filingJson));
  }

  private F filing(String filingJson) {
    try {
      return json.readValue(filingJson, program.filingType());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored filing does not match " + program.filingType().getSimpleName(), e);
    }
  }

  private String write(F filing) {
    try {
      return json.writeValueAsString(filing);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
