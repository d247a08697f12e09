package cn.gov.qztb.subsidy.application;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SubjectClaimRepository extends JpaRepository<SubjectClaim, SubjectClaim.Key> {

  Optional<SubjectClaim> findByBusinessKey(String businessKey);

  @Modifying
  @Query("delete from SubjectClaim c where c.businessKey = ?1")
  int deleteByBusinessKey(String businessKey);
}
