package cn.gov.qztb.subsidy.program.newtostatistics;

import cn.gov.qztb.subsidy.program.Field;
import java.time.LocalDate;
import java.time.YearMonth;

/** A filing for the new-to-statistics reward; the production start date is given by industrial enterprises only. */
public record NewToStatisticsFiling(
    @Field(label = "纳统类别") StatisticsCategory category,
    @Field(label = "纳统月份", notBefore = "2000-01-01", notAfterToday = true) YearMonth inclusionMonth,
    @Field(label = "投产日期", notBefore = "2000-01-01", notAfterToday = true, when = "category=INDUSTRIAL")
        LocalDate productionStartDate) {}
