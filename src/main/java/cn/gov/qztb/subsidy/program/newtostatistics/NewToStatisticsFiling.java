package cn.gov.qztb.subsidy.program.newtostatistics;

import java.time.LocalDate;
import java.time.YearMonth;

/** A filing for the new-to-statistics reward; the production start date is given by industrial enterprises only. */
public record NewToStatisticsFiling(StatisticsCategory category, YearMonth inclusionMonth, LocalDate productionStartDate) {}
