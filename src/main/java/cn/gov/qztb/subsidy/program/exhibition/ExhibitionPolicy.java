package cn.gov.qztb.subsidy.program.exhibition;

import cn.gov.qztb.subsidy.policy.ProgramPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Clause 24 parameters: the exhibition window, the booth subsidy and the airfare share by export size. */
public record ExhibitionPolicy(
    int clause,
    int year,
    String title,
    String approvingUnit,
    LocalDate exhibitionDateFrom,
    LocalDate exhibitionDateTo,
    BigDecimal perBooth,
    BigDecimal exportThresholdUsd,
    Integer personsUpToThreshold,
    Integer personsAboveThreshold,
    Integer airfareSharePercent)
    implements ProgramPolicy {}
