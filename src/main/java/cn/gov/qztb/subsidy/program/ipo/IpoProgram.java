package cn.gov.qztb.subsidy.program.ipo;

import cn.gov.qztb.subsidy.program.Decision;
import cn.gov.qztb.subsidy.program.FilingReader;
import cn.gov.qztb.subsidy.program.SubsidyProgram;
import cn.gov.qztb.subsidy.reference.Enterprise;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** 企业上市扶持 (clause 5): one award per enterprise and stage. */
@Component
public class IpoProgram implements SubsidyProgram<IpoFiling, IpoPolicy> {

  static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

  @Override
  public String key() {
    return "ipoSupport";
  }

  @Override
  public String numberPrefix() {
    return "IPO";
  }

  @Override
  public Class<IpoFiling> filingType() {
    return IpoFiling.class;
  }

  @Override
  public Class<IpoPolicy> policyType() {
    return IpoPolicy.class;
  }

  @Override
  public IpoFiling readFiling(FilingReader in, IpoPolicy policy, Enterprise enterprise, LocalDate today) {
    IpoStage stage = in.choice("stage", "上市阶段", IpoStage.class, IpoStage::label);
    LocalDate date = in.date("stageDate", "阶段完成日期", EARLIEST, today);
    String evidence = in.text("evidenceNumber", "证明文件文号", 64);
    return in.hasProblems() ? null : new IpoFiling(stage, date, evidence);
  }

  @Override
  public String subjectKey(IpoFiling filing, Enterprise enterprise) {
    return enterprise.getCreditCode() + ":" + filing.stage().name();
  }

  @Override
  public String subjectLabel(IpoFiling filing) {
    return "上市扶持“" + filing.stage().label() + "”阶段";
  }

  @Override
  public Decision evaluate(IpoFiling filing, Enterprise enterprise, IpoPolicy policy) {
    return IpoRule.evaluate(filing, policy);
  }

  @Override
  public List<String> describe(IpoFiling filing, IpoPolicy policy) {
    return List.of(
        "上市阶段：" + filing.stage().label(),
        "阶段完成日期：" + filing.stageDate(),
        "证明文件文号：" + filing.evidenceNumber());
  }
}
