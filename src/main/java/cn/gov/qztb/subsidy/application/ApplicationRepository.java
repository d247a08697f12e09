package cn.gov.qztb.subsidy.application;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicationRepository extends JpaRepository<Application, String> {

  Optional<Application> findByProcessInstanceId(String processInstanceId);

  List<Application> findByEnterpriseCodeAndProgramKeyAndPolicyEditionAndStatus(String enterpriseCode, String programKey,
      String policyEdition, ApplicationStatus status);
}
