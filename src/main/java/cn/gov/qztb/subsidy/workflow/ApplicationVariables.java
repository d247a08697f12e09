package cn.gov.qztb.subsidy.workflow;

import static cn.gov.qztb.subsidy.workflow.ProcessVariables.*;

import cn.gov.qztb.subsidy.application.Application;
import cn.gov.qztb.subsidy.application.ApplicationService;
import cn.gov.qztb.subsidy.ledger.Award;
import cn.gov.qztb.subsidy.policy.ProgramPolicy;
import cn.gov.qztb.subsidy.program.Decision;
import cn.gov.qztb.subsidy.program.Money;
import cn.gov.qztb.subsidy.program.ProgramCase;
import cn.gov.qztb.subsidy.reference.DistrictUnit;
import cn.gov.qztb.subsidy.reference.DistrictUnitRepository;
import cn.gov.qztb.subsidy.reference.Township;
import cn.gov.qztb.subsidy.reference.TownshipRepository;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Mirrors an application into process variables for Tasklist forms, searches and Cockpit. The
 * database copy always wins: after every step the mirrored values are written again from it, so
 * a client that sent other values for them changes nothing. Only values that differ are written.
 */
@Component
public class ApplicationVariables {

  private final ApplicationService applications;
  private final TownshipRepository townships;
  private final DistrictUnitRepository units;

  public ApplicationVariables(ApplicationService applications, TownshipRepository townships, DistrictUnitRepository units) {
    this.applications = applications;
    this.townships = townships;
    this.units = units;
  }

  public void opened(VariableScope scope, Application application) {
    ProgramCase<?, ?> programCase = applications.caseOf(application);
    ProgramPolicy policy = programCase.policy();
    Township township = townships.findById(application.getTownshipCode()).orElseThrow();
    DistrictUnit approver = unit(policy.approvingUnit());
    set(scope, APPLICATION_NUMBER, application.getBusinessKey());
    set(scope, PROGRAM_TITLE, policy.title());
    set(scope, POLICY_EDITION, application.getPolicyEdition());
    set(scope, ENTERPRISE_CODE, application.getEnterpriseCode());
    set(scope, ENTERPRISE_NAME, programCase.enterprise().getName());
    set(scope, ENTERPRISE_GROUP, programCase.enterprise().getGroupId());
    set(scope, TOWNSHIP_NAME, township.getName());
    set(scope, TOWNSHIP_GROUP, township.getGroupId());
    set(scope, APPROVING_UNIT_GROUP, approver.getGroupId());
    if (policy.certifyingUnit() != null) {
      set(scope, CERTIFYING_UNIT_GROUP, unit(policy.certifyingUnit()).getGroupId());
    }
    Map<String, String> labels = programCase.formLabels();
    if (!labels.isEmpty()) {
      // one JSON variable, which Tasklist hands to the form as an object (=formLabels.workersDay1)
      scope.setVariable(FORM_LABELS, Variables.objectValue(labels)
          .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    }
    status(scope, application);
  }

  /** After filing: the stored filing and its summary; the return comment has been answered. */
  public void filed(VariableScope scope, Application application) {
    ProgramCase<?, ?> programCase = applications.caseOf(application);
    programCase.filingVariables(application.getFilingJson()).forEach((name, value) -> set(scope, name, value));
    set(scope, FILING_SUMMARY, String.join("\n", programCase.describe(application.getFilingJson())));
    set(scope, POLICY_EDITION, application.getPolicyEdition());
    scope.removeVariable(RETURN_COMMENT);
    scope.removeVariable(RETURNED_BY);
    status(scope, application);
  }

  public void evaluated(VariableScope scope, Decision decision) {
    set(scope, ELIGIBLE, decision.eligible());
    set(scope, AWARD_AMOUNT, decision.awardAmount());
    set(scope, ELIGIBILITY_NOTES, decision.notesText());
  }

  /** After a review step: the stored filing and decision again, and the new status. */
  public void reviewed(VariableScope scope, Application application) {
    filed(scope, application);
    evaluated(scope, application.decision());
    if (application.getRejectionReason() != null) {
      set(scope, REJECTION_REASON, application.getRejectionReason());
    }
  }

  public void returned(VariableScope scope, String stageTitle, String comment) {
    set(scope, RETURN_COMMENT, comment);
    set(scope, RETURNED_BY, stageTitle);
  }

  public void awarded(VariableScope scope, Award award) {
    set(scope, AWARD_AMOUNT, Money.format(award.getAmount()));
    set(scope, ELIGIBILITY_NOTES, award.getNotes());
    set(scope, AWARD_RECORD_ID, award.getId());
  }

  public void status(VariableScope scope, Application application) {
    set(scope, APPLICATION_STATUS, application.getStatus().name());
    set(scope, APPLICATION_STATUS_LABEL, application.getStatus().label());
  }

  private DistrictUnit unit(String code) {
    return units.findById(code).orElseThrow(() -> new IllegalStateException("policy names unknown unit " + code));
  }

  /** Writes a variable only when its value changes (every write is a row in the full history). */
  static void set(VariableScope scope, String name, Object value) {
    Object current = scope.getVariable(name);
    if (!Objects.equals(current, value) && !sameNumber(current, value)) {
      scope.setVariable(name, value);
    }
  }

  /** 60 sent by a form as Integer and kept as Long is the same number: no rewrite. */
  private static boolean sameNumber(Object current, Object value) {
    return (current instanceof Integer || current instanceof Long) && (value instanceof Integer || value instanceof Long)
        && ((Number) current).longValue() == ((Number) value).longValue();
  }
}
