package cn.gov.qztb.subsidy.program;

import cn.gov.qztb.subsidy.policy.PolicyBook;
import cn.gov.qztb.subsidy.policy.ProgramPolicy;
import cn.gov.qztb.subsidy.reference.Enterprise;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
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

  public ProgramCase<?, ?> open(String programKey, String edition, Enterprise enterprise) {
    return open(programs.byKey(programKey), edition, enterprise);
  }

  private <F, P extends ProgramPolicy> ProgramCase<F, P> open(SubsidyProgram<F, P> program, String edition, Enterprise enterprise) {
    P policy = policies.terms(edition, program.key(), program.policyType());
    return new ProgramCase<>(program, policy, enterprise, json);
  }
}
