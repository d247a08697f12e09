package cn.gov.qztb.subsidy.reference;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TownshipRepository extends JpaRepository<Township, String> {

  List<Township> findByGroupIdIn(Collection<String> groupIds);

  boolean existsByGroupId(String groupId);
}
