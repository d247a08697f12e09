package cn.gov.qztb.subsidy.reference;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DataHolderRepository extends JpaRepository<DataHolder, String> {}
