package cn.gov.qztb.subsidy.application;

import java.util.List;

/**
 * Published (in the step's transaction) when a step was noted in applications' histories: one
 * application's, or a whole 公示 list's or payment batch's at once. Listeners tell whom it
 * concerns (notifications); they must not fail the step.
 */
public record ApplicationsNoted(Step step, ApplicationEvent.Action action, List<ApplicationService.Note> notes) {}
