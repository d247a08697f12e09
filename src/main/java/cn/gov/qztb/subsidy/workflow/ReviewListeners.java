package cn.gov.qztb.subsidy.workflow;

import cn.gov.qztb.subsidy.application.ApplicationService;
import cn.gov.qztb.subsidy.application.ReviewStage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One review listener bean per stage, named as the BPMN files refer to them. */
@Configuration
public class ReviewListeners {

  @Bean
  ReviewListener townshipVerificationListener(ApplicationService applications, ApplicationVariables variables,
      StepGuard guard) {
    return new ReviewListener(ReviewStage.TOWNSHIP, applications, variables, guard);
  }

  @Bean
  ReviewListener certificationListener(ApplicationService applications, ApplicationVariables variables,
      StepGuard guard) {
    return new ReviewListener(ReviewStage.CERTIFICATION, applications, variables, guard);
  }

  @Bean
  ReviewListener bureauApprovalListener(ApplicationService applications, ApplicationVariables variables,
      StepGuard guard) {
    return new ReviewListener(ReviewStage.BUREAU, applications, variables, guard);
  }
}
