package cn.gov.qztb.subsidy.workflow;

import cn.gov.qztb.subsidy.SubsidyProperties;
import cn.gov.qztb.subsidy.TransactionMemo;
import cn.gov.qztb.subsidy.application.Application;
import cn.gov.qztb.subsidy.application.ApplicationService;
import cn.gov.qztb.subsidy.application.Step;
import cn.gov.qztb.subsidy.calendar.CalendarNotCovered;
import cn.gov.qztb.subsidy.calendar.WorkingCalendar;
import cn.gov.qztb.subsidy.engine.ProcessBean;
import cn.gov.qztb.subsidy.engine.SubsidyClock;
import cn.gov.qztb.subsidy.policy.PolicyBook;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 办理时限, for the processes' due dates and timers: a review step is due at the end of its N-th
 * working day after the day it was handed over (the edition's service terms, the official
 * calendar), e.g. {@code camunda:dueDate="${deadlines.due(execution, 'TOWNSHIP')}"}. When the
 * calendar does not cover the days needed, the step gets no due date and no overdue timer: the
 * application does not guess holidays, and says so in the log for the administrator.
 */
@ProcessBean
@Component("deadlines")
public class Deadlines {

  private static final Logger log = LoggerFactory.getLogger(Deadlines.class);
  /** A timer that never fires: the step has no due date. */
  static final Date NEVER = Date.from(LocalDate.of(2999, 12, 31).atStartOfDay(ZoneId.of("UTC")).toInstant());

  private final ApplicationService applications;
  private final PolicyBook policies;
  private final WorkingCalendar calendar;
  private final SubsidyClock clock;
  private final ZoneId zone;

  public Deadlines(ApplicationService applications, PolicyBook policies, WorkingCalendar calendar, SubsidyClock clock,
      SubsidyProperties properties) {
    this.applications = applications;
    this.policies = policies;
    this.calendar = calendar;
    this.clock = clock;
    this.zone = properties.zone();
  }

  /** The step's due date (23:59:59 of its last working day, district time), or null when the calendar cannot tell. */
  public Date due(DelegateExecution execution, String step) {
    return TransactionMemo.get("due:" + execution.getProcessInstanceId() + ":" + step,
        () -> dueDate(applications.forInstance(execution.getProcessInstanceId()), Step.valueOf(step)));
  }

  /** When the step becomes overdue: the second after its due date, or never. */
  public Date overdueAt(DelegateExecution execution, String step) {
    Date due = due(execution, step);
    return due == null ? NEVER : Date.from(due.toInstant().plusSeconds(1));
  }

  /** When an unfiled draft (or returned filing) is closed: the edition's draftExpiryDays from now. */
  public Date draftExpiry(DelegateExecution execution) {
    return TransactionMemo.get("draftExpiry:" + execution.getProcessInstanceId(), () -> {
      Application application = applications.forInstance(execution.getProcessInstanceId());
      int days = policies.serviceTerms(application.getPolicyEdition()).draftExpiryDays();
      return Date.from(clock.now().plus(Duration.ofDays(days)));
    });
  }

  /** When an offer (免申即享) left unanswered expires: the edition's offerConfirmDays after it was made. */
  public Date offerExpiry(DelegateExecution execution) {
    return TransactionMemo.get("offerExpiry:" + execution.getProcessInstanceId(), () -> {
      Application application = applications.forInstance(execution.getProcessInstanceId());
      int days = policies.serviceTerms(application.getPolicyEdition()).offerConfirmDays();
      return Date.from(application.getCreatedAt().plus(Duration.ofDays(days)));
    });
  }

  /** The reminder of an unanswered offer: the edition's offerReminderDays (7) before it expires, at once if later. */
  public Date offerReminder(DelegateExecution execution) {
    Instant reminder = offerExpiry(execution).toInstant().minus(Duration.ofDays(offerReminderDays(execution)));
    Instant now = clock.now();
    return Date.from(reminder.isBefore(now) ? now : reminder);
  }

  public int offerReminderDays(DelegateExecution execution) {
    return policies.serviceTerms(applications.forInstance(execution.getProcessInstanceId()).getPolicyEdition())
        .offerReminderDays();
  }

  /** The working days the edition allows the step. */
  public int workingDays(Application application, Step step) {
    SubsidyProperties.Service terms = policies.serviceTerms(application.getPolicyEdition());
    return switch (step) {
      case TOWNSHIP -> terms.townshipWorkingDays();
      case CERTIFICATION -> terms.certificationWorkingDays();
      case BUREAU -> terms.bureauWorkingDays();
      case FILING, OFFER, DATA, PUBLICITY, PAYMENT -> throw new IllegalArgumentException(step + " has no working-day term");
    };
  }

  private Date dueDate(Application application, Step step) {
    int days = workingDays(application, step);
    try {
      LocalDate last = calendar.workingDaysAfter(clock.today(), days);
      return Date.from(last.atTime(LocalTime.of(23, 59, 59)).atZone(zone).toInstant());
    } catch (CalendarNotCovered notCovered) {
      log.warn("Application {} step {}: no due date, the working calendar does not cover {}", application.getBusinessKey(),
          step, notCovered.year());
      return null;
    }
  }
}
