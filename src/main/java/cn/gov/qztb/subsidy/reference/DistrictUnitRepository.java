package cn.gov.qztb.subsidy.reference;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DistrictUnitRepository extends JpaRepository<DistrictUnit, String> {

  Optional<DistrictUnit> findByGroupId(String groupId);
}
