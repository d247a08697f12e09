package cn.gov.qztb.subsidy.policy;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PolicyEditionRepository extends JpaRepository<PolicyEdition, String> {

}
