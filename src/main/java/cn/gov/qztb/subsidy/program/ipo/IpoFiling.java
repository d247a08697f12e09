package cn.gov.qztb.subsidy.program.ipo;

import cn.gov.qztb.subsidy.program.Field;
import java.time.LocalDate;

/** A filing for one listing stage, with the number of the document that proves it. */
public record IpoFiling(
    @Field(label = "上市阶段") IpoStage stage,
    @Field(label = "阶段完成日期", notBefore = "1990-01-01", notAfterToday = true) LocalDate stageDate,
    @Field(label = "证明文件文号", max = 64) String evidenceNumber) {}
