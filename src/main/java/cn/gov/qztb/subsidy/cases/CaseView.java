package cn.gov.qztb.subsidy.cases;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One application as the case search shows it. For an open case: the step it waits at, since
 * when, its due date (and its last day, in the district's time), whether it is overdue and how many working days it has waited there.
 */
public record CaseView(
    String applicationNumber,
    String programKey,
    String programTitle,
    String enterpriseName,
    String townshipName,
    String policyEdition,
    String status,
    String statusLabel,
    String amount,
    String amountText,
    Instant createdAt,
    Instant updatedAt,
    String currentStep,
    String assignee,
    Instant stepSince,
    Instant dueDate,
    LocalDate dueDay,
    Boolean overdue,
    Integer waitingWorkingDays,
    LocalDate today) {}
