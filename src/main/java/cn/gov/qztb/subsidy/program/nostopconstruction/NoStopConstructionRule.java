package cn.gov.qztb.subsidy.program.nostopconstruction;

import cn.gov.qztb.subsidy.program.Decision;
import cn.gov.qztb.subsidy.program.Notes;

/**
 * Clause 18: 对春节假期（正月初一至正月初八）不停工的省、市在建重点项目，且日均施工工人数超过50人
 * （含50人）的，给予施工单位一次性奖励3万元. Eligible exactly when the project is provincial or
 * municipal (per the edition), no holiday day has zero workers, and the days together reach
 * the daily average times the number of days (integers only).
 */
public final class NoStopConstructionRule {

  private NoStopConstructionRule() {}

  public static Decision evaluate(NoStopConstructionFiling filing, NoStopConstructionPolicy policy) {
    Notes notes = new Notes(policy.clause());
    if (!policy.eligibleLevels().contains(filing.projectLevel())) {
      notes.unmet("项目级别为" + filing.projectLevel().label() + "，仅省、市在建重点项目可获奖励");
    }
    for (int day = 0; day < policy.days(); day++) {
      if (filing.workersByDay().get(day) == 0) {
        notes.unmet(policy.dayLabel(day) + "施工人数为0，视为停工");
      }
    }
    long total = filing.totalWorkers();
    if (total < policy.minTotalWorkers()) {
      notes.unmet(policy.days() + "天施工人数合计" + total + "人，未达到" + policy.minTotalWorkers()
          + "人（日均不少于" + policy.minDailyAverageWorkers() + "人）");
    }
    return notes.decide(policy.amount());
  }
}
