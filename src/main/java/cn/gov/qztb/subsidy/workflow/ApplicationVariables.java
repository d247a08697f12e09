package cn.gov.qztb.subsidy.workflow;

import static cn.gov.qztb.subsidy.workflow.ProcessVariables.*;

import cn.gov.qztb.subsidy.application.Application;
import cn.gov.qztb.subsidy.application.ApplicationService;
import cn.gov.qztb.subsidy.engine.SubsidyClock;
import cn.gov.qztb.subsidy.ledger.Award;
import cn.gov.qztb.subsidy.program.Decision;
import cn.gov.qztb.subsidy.program.Money;
import cn.gov.qztb.subsidy.reference.HolderFacts;
import cn.gov.qztb.subsidy.program.ProgramCase;
import cn.gov.qztb.subsidy.reference.Township;
import cn.gov.qztb.subsidy.reference.TownshipRepository;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
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
  private final HistoryText history;
  private final SubsidyClock clock;

  public ApplicationVariables(ApplicationService applications, TownshipRepository townships, HistoryText history,
      SubsidyClock clock) {
    this.clock = clock;
    this.applications = applications;
    this.townships = townships;
    this.history = history;
  }

  public void opened(VariableScope scope, Application application) {
    ProgramCase<?, ?> programCase = applications.caseOf(application);
    labels(scope, programCase);
    identify(scope, application, programCase);
  }

  /** The labels the edition gives the filing form: a list's items, the years (e.g. 2023年度出口额). */
  private static void labels(VariableScope scope, ProgramCase<?, ?> programCase) {
    Map<String, String> labels = programCase.formLabels();
    if (!labels.isEmpty() && !labels.equals(scope.getVariable(FORM_LABELS))) {
      // one JSON variable, which Tasklist hands to the form as an object (=formLabels.workersDay1);
      // a LinkedHashMap, one of the types the engine's deserialization allow-list accepts
      scope.setVariable(FORM_LABELS, Variables.objectValue(new LinkedHashMap<>(labels))
          .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    }
  }

  /**
   * What every form shows of the application (number, program, enterprise, township, edition,
   * status), written from the record after every step: a value a client sent under one of these
   * names never reaches a reviewer's form.
   */
  private void identify(VariableScope scope, Application application, ProgramCase<?, ?> programCase) {
    Township township = townships.findById(application.getTownshipCode()).orElseThrow();
    set(scope, APPLICATION_NUMBER, application.getBusinessKey());
    set(scope, PROGRAM_TITLE, programCase.policy().title());
    set(scope, POLICY_EDITION, application.getPolicyEdition());
    LocalDate businessDay = clock.businessDayOtherThanToday();
    set(scope, BUSINESS_DATE_NOTE, businessDay == null ? null : "本系统按业务日期" + businessDay
        + "受理（非今日）：受理期、适用的政策版本和“不晚于今日”的日期均按该日判断");
    set(scope, ENTERPRISE_CODE, application.getEnterpriseCode());
    set(scope, ENTERPRISE_NAME, programCase.enterprise().getName());
    set(scope, TOWNSHIP_NAME, township.getName());
    status(scope, application);
    history(scope, application);
  }

  /** The application's history as the forms show it (办理记录), newest last; see {@link HistoryText}. */
  public void history(VariableScope scope, Application application) {
    set(scope, APPLICATION_HISTORY, history.text(applications.history(application)));
  }

  /** An offer (免申即享): what the data gives, the amount, the clause, the sources. */
  public void offered(VariableScope scope, Application application, HolderFacts facts) {
    ProgramCase<?, ?> programCase = applications.caseOf(application);
    set(scope, FILING_SUMMARY, String.join("\n", programCase.describe(application.getFilingJson())));
    evaluated(scope, application.decision());
    set(scope, OFFER_NOTE, "根据数据持有单位提供的数据，贵企业符合第" + programCase.policy().clause() + "条“"
        + programCase.policy().title() + "”的条件，可获奖补" + Money.display(application.getAmount())
        + "（免申即享，无需填报）。请核对下列数据及来源后选择：确认申领、数据有误或不申领。");
    set(scope, DATA_COMPARISON, applications.dataComparison(application, facts));
    labels(scope, programCase);
    identify(scope, application, programCase);
  }

  /** The enterprise disputed the offer's data: the filing form starts from the data's figures. */
  public void disputed(VariableScope scope, Application application) {
    ProgramCase<?, ?> programCase = applications.caseOf(application);
    programCase.filingVariables(application.getFilingJson()).forEach((name, value) -> set(scope, name, value));
    identify(scope, application, programCase);
  }

  /** After filing: the stored filing and its summary; the return comment has been answered. */
  public void filed(VariableScope scope, Application application) {
    ProgramCase<?, ?> programCase = applications.caseOf(application);
    programCase.filingVariables(application.getFilingJson()).forEach((name, value) -> set(scope, name, value));
    set(scope, FILING_SUMMARY, String.join("\n", programCase.describe(application.getFilingJson())));
    set(scope, DATA_COMPARISON, applications.dataComparison(application));
    remove(scope, RETURN_COMMENT);
    remove(scope, RETURNED_BY);
    labels(scope, programCase);
    identify(scope, application, programCase);
  }

  public void evaluated(VariableScope scope, Decision decision) {
    set(scope, ELIGIBLE, decision.eligible());
    set(scope, AWARD_AMOUNT, decision.awardAmount());
    set(scope, AWARD_AMOUNT_TEXT, Money.display(decision.amount()));
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

  /** A step was done: an overdue flag it carried is lowered. */
  public void stepDone(VariableScope scope) {
    remove(scope, OVERDUE);
    remove(scope, OVERDUE_NOTE);
  }

  public void returned(VariableScope scope, String stageTitle, String comment) {
    set(scope, RETURN_COMMENT, comment);
    set(scope, RETURNED_BY, stageTitle);
  }

  public void awarded(DelegateExecution scope, Award award) {
    set(scope, AWARD_AMOUNT, Money.format(award.getAmount()));
    set(scope, AWARD_AMOUNT_TEXT, Money.display(award.getAmount()));
    set(scope, ELIGIBILITY_NOTES, award.getNotes());
    set(scope, AWARD_RECORD_ID, award.getId());
    history(scope, applications.forInstance(scope.getProcessInstanceId()));
  }

  public void status(VariableScope scope, Application application) {
    set(scope, APPLICATION_STATUS, application.getStatus().name());
    set(scope, APPLICATION_STATUS_LABEL, application.getStatus().label());
  }

  /** Writes a variable only when its value changes (every write is a row in the full history). */
  static void set(VariableScope scope, String name, Object value) {
    Object current = scope.getVariable(name);
    if (!Objects.equals(current, value) && !sameNumber(current, value)) {
      scope.setVariable(name, value);
    }
  }

  /** Removes a variable that is there (removing one that is not still costs a look in the history). */
  static void remove(VariableScope scope, String name) {
    if (scope.hasVariable(name)) {
      scope.removeVariable(name);
    }
  }

  /** 60 sent by a form as Integer and kept as Long is the same number: no rewrite. */
  private static boolean sameNumber(Object current, Object value) {
    return (current instanceof Integer || current instanceof Long) && (value instanceof Integer || value instanceof Long)
        && ((Number) current).longValue() == ((Number) value).longValue();
  }
}
