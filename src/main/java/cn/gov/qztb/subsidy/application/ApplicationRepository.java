package cn.gov.qztb.subsidy.application;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicationRepository extends JpaRepository<Application, String> {

  Optional<Application> findByProcessInstanceId(String processInstanceId);
}
