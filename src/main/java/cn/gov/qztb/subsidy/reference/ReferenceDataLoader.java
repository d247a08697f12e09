package cn.gov.qztb.subsidy.reference;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings townships, units, enterprises and the listing reserve list from seeds/ into the database. Idempotent: a row
 * that exists is updated in place, never added twice.
 */
@Component
public class ReferenceDataLoader {

  private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

  record OrganizationRow(String code, String name, String group, String phone) {}

  record EnterpriseRow(String creditCode, String name, String township, EnterpriseKind kind) {}

  private final SeedFiles seeds;
  private final TownshipRepository townships;
  private final DistrictUnitRepository units;
  private final DataHolderRepository holders;
  private final EnterpriseRepository enterprises;
  private final ListingReserve reserve;

  public ReferenceDataLoader(SeedFiles seeds, TownshipRepository townships, DistrictUnitRepository units,
      DataHolderRepository holders, EnterpriseRepository enterprises, ListingReserve reserve) {
    this.seeds = seeds;
    this.townships = townships;
    this.units = units;
    this.holders = holders;
    this.enterprises = enterprises;
    this.reserve = reserve;
  }

  @Transactional
  public void loadOrganizations() {
    for (OrganizationRow row : seeds.yamlList("reference/townships.yaml", OrganizationRow.class)) {
      townships.findById(row.code()).ifPresentOrElse(
          t -> t.update(row.name(), row.group()),
          () -> townships.save(new Township(row.code(), row.name(), row.group())));
    }
    for (OrganizationRow row : seeds.yamlList("reference/units.yaml", OrganizationRow.class)) {
      DistrictUnit unit = units.findById(row.code())
          .orElseGet(() -> units.save(new DistrictUnit(row.code(), row.name(), row.group())));
      unit.update(row.name(), row.group());
      unit.phone(row.phone());
    }
    for (OrganizationRow row : seeds.yamlList("reference/data-holders.yaml", OrganizationRow.class)) {
      holders.findById(row.code()).ifPresentOrElse(
          h -> h.update(row.name(), row.group()),
          () -> holders.save(new DataHolder(row.code(), row.name(), row.group())));
    }
  }

  /** Loads an enterprise list (CSV: creditCode,name,township,kind); a bad credit code stops the load. */
  @Transactional
  public List<Enterprise> loadEnterprises(String path) {
    List<EnterpriseRow> rows = seeds.csvRows(path, EnterpriseRow.class);
    for (EnterpriseRow row : rows) {
      if (!CreditCode.isValid(row.creditCode())) {
        throw new IllegalStateException(path + "：企业「" + row.name() + "」的统一社会信用代码「" + row.creditCode()
            + "」校验码错误（GB 32100-2015），请更正后重新启动");
      }
      if (!townships.existsById(row.township())) {
        throw new IllegalStateException(path + "：企业「" + row.name() + "」的乡镇代码「" + row.township() + "」不存在");
      }
      enterprises.findById(row.creditCode()).ifPresentOrElse(
          e -> e.update(row.name(), row.township(), row.kind()),
          () -> enterprises.save(new Enterprise(row.creditCode(), row.name(), row.township(), row.kind())));
    }
    log.info("Loaded {} enterprises from {}", rows.size(), path);
    return enterprises.findAllById(rows.stream().map(EnterpriseRow::creditCode).toList());
  }

  /** Loads a listing reserve list (CSV: creditCode,enteredOn,note); an enterprise not registered stops the load. */
  @Transactional
  public int loadListingReserve(String path) {
    List<ReserveRow> rows = seeds.csvRows(path, ReserveRow.class);
    for (ReserveRow row : rows) {
      if (!enterprises.existsById(row.creditCode())) {
        throw new IllegalStateException(path + "：统一社会信用代码「" + row.creditCode() + "」不是本区登记的企业");
      }
      LocalDate enteredOn = LocalDate.parse(row.enteredOn());
      reserve.findById(row.creditCode()).ifPresentOrElse(
          e -> e.update(enteredOn, row.note()),
          () -> reserve.save(new ListingReserveEntry(row.creditCode(), enteredOn, row.note())));
    }
    return rows.size();
  }

  record ReserveRow(String creditCode, String enteredOn, String note) {}
}
