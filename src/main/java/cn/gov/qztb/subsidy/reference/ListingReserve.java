package cn.gov.qztb.subsidy.reference;

import org.springframework.data.jpa.repository.JpaRepository;

/** The listing reserve list (上市后备企业库) of clause 5. */
public interface ListingReserve extends JpaRepository<ListingReserveEntry, String> {}
