package cn.gov.qztb.subsidy.policy;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PolicyEditionRepository extends JpaRepository<PolicyEdition, String> {

  Optional<PolicyEdition> findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDesc(LocalDate date);
}
