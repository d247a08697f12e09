package cn.gov.qztb.subsidy.tracking;

import java.time.Instant;
import java.util.List;

/**
 * One application opened on 我的申请: the case, its history (each step, who and when, and the
 * comments meant for the applicant; officials' internal notes are Camunda comments and never
 * here) and what the viewer may do next.
 */
public record MyApplicationDetail(MyApplication summary, List<Entry> history, NextAction next) {

  public record Entry(Instant at, String step, String action, String actor, String comment, String changes) {}

  /**
   * The open task the viewer's group must do (its id and name; Tasklist opens it), whether the
   * viewer may withdraw the application, and the decision letter's address once there is one.
   */
  public record NextAction(String taskId, String taskName, boolean mayWithdraw, String decisionLetter) {}
}
