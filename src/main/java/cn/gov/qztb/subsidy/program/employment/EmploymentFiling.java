package cn.gov.qztb.subsidy.program.employment;

import cn.gov.qztb.subsidy.program.Field;
/** Employees in unemployment insurance at the end of 2023 and in February 2024, and January/February 2024 electricity. */
public record EmploymentFiling(
    @Field(label = "{Y-1}年末参加失业保险职工人数（人）", max = 1_000_000) long insuredDec2023,
    @Field(label = "{Y}年2月参加失业保险职工人数（人）", max = 1_000_000) long insuredFeb2024,
    @Field(label = "{Y}年1月用电量（千瓦时）", max = 1_000_000_000_000L) long kwhJan2024,
    @Field(label = "{Y}年2月用电量（千瓦时）", max = 1_000_000_000_000L) long kwhFeb2024) {}
