package cn.gov.qztb.subsidy.reference;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DistrictUnitRepository extends JpaRepository<DistrictUnit, String> {

  List<DistrictUnit> findByGroupIdIn(Collection<String> groupIds);

  boolean existsByGroupId(String groupId);
}
