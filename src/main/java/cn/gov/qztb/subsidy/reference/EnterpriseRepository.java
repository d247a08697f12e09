package cn.gov.qztb.subsidy.reference;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface EnterpriseRepository extends JpaRepository<Enterprise, String> {

  List<Enterprise> findByGroupIdIn(Collection<String> groupIds);

  List<Enterprise> findByTownshipCode(String townshipCode);

  /** Takes the enterprise's row lock: awards of one enterprise are written one at a time, so caps hold. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select e from Enterprise e where e.creditCode = ?1")
  Optional<Enterprise> lockByCreditCode(String creditCode);

  /** Takes the enterprises' row locks in credit-code order (so that two takers never deadlock). */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select e from Enterprise e where e.creditCode in ?1 order by e.creditCode")
  List<Enterprise> lockAll(Collection<String> creditCodes);
}
