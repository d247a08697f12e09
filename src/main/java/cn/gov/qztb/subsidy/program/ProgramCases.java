package cn.gov.qztb.subsidy.program;

import cn.gov.qztb.subsidy.policy.FilingWindow;
import cn.gov.qztb.subsidy.policy.PolicyBook;
import cn.gov.qztb.subsidy.policy.PolicyException;
import cn.gov.qztb.subsidy.policy.ProgramPolicy;
import cn.gov.qztb.subsidy.reference.Enterprise;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Opens a {@link ProgramCase}: a program, its parameters in an edition, and the enterprise. */
@Component
public class ProgramCases {

  private final ProgramRegistry programs;
  private final PolicyBook policies;
  private final ObjectMapper json =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  public ProgramCases(ProgramRegistry programs, PolicyBook policies) {
    this.programs = programs;
    this.policies = policies;
  }

  /**
   * Reads every program's section of the edition now, not when the first enterprise applies, and
   * checks it against the declared fields. @throws PolicyException naming what does not fit
   */
  public void checkEdition(String edition) {
    List<String> problems = new ArrayList<>();
    for (SubsidyProgram<?, ?> program : programs.all()) {
      if (policies.covers(edition, program.key())) {
        problems.addAll(problems(program, edition));
      }
    }
    if (!problems.isEmpty()) {
      throw new PolicyException("政策版本" + edition + "与填报字段不符：" + String.join("；", problems));
    }
  }

  private <F extends Record, P extends ProgramPolicy> List<String> problems(SubsidyProgram<F, P> program, String edition) {
    P policy = policies.terms(edition, program.key(), program.policyType());
    List<String> problems = new ArrayList<>(program.editionProblems(policy));
    FilingWindow window = policies.window(edition, program.key());
    LocalDate measuredUntil = program.measuredUntil(policy);
    if (measuredUntil != null && !window.opens().isAfter(measuredUntil)) {
      problems.add(policy.title() + "：受理期开始日filingOpens（" + window.opens() + "）应晚于所考核期间的最后一天"
          + measuredUntil + "，考核期结束前不能受理");
    }
    return problems;
  }

  public ProgramCase<?, ?> open(String programKey, String edition, Enterprise enterprise) {
    return open(programs.byKey(programKey), edition, enterprise);
  }

  private <F extends Record, P extends ProgramPolicy> ProgramCase<F, P> open(SubsidyProgram<F, P> program, String edition, Enterprise enterprise) {
    P policy = policies.terms(edition, program.key(), program.policyType());
    return new ProgramCase<>(program, policy, enterprise, json);
  }
}
