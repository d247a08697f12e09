package cn.gov.qztb.subsidy.program.ipo;

import java.time.LocalDate;

/** A filing for one listing stage, with the number of the document that proves it. */
public record IpoFiling(IpoStage stage, LocalDate stageDate, String evidenceNumber) {}
