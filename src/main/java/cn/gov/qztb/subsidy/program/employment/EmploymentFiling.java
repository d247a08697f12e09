package cn.gov.qztb.subsidy.program.employment;

/** Employees in unemployment insurance at the end of 2023 and in February 2024, and January/February 2024 electricity. */
public record EmploymentFiling(long insuredDec2023, long insuredFeb2024, long kwhJan2024, long kwhFeb2024) {}
