package cn.gov.qztb.subsidy.ledger;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AwardRepository extends JpaRepository<Award, Long> {

  Optional<Award> findByBusinessKey(String businessKey);

  List<Award> findByEnterpriseCodeAndProgramKeyAndPolicyEdition(String enterpriseCode, String programKey, String policyEdition);

  List<Award> findAllByOrderByIdAsc();

  List<Award> findByEnterpriseCodeInOrderByIdAsc(Collection<String> enterpriseCodes);

  List<Award> findByTownshipCodeInOrderByIdAsc(Collection<String> townshipCodes);

  List<Award> findByProgramKeyInOrderByIdAsc(Collection<String> programKeys);
}
