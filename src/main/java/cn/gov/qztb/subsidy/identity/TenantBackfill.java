package cn.gov.qztb.subsidy.identity;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Applications started before the townships became tenants ({@link TownshipTenancy}) have no
 * tenant, and a row without a tenant passes every tenant check: before townships read
 * applications through the programs' definitions, every row of such an application, runtime and
 * history, is put in its township's tenant. Cheap when there is nothing to do.
 */
@Component
public class TenantBackfill {

  private static final Logger log = LoggerFactory.getLogger(TenantBackfill.class);
  private static final List<String> INSTANCE_COLUMNS = List.of("PROC_INST_ID_", "PROCESS_INSTANCE_ID_");

  private final JdbcTemplate jdbc;

  public TenantBackfill(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void run() {
    // one question first: backfilled (or never without tenants), an application's history has its tenant
    Integer untenanted = jdbc.queryForObject("select count(*) from ACT_HI_PROCINST h where h.TENANT_ID_ is null"
        + " and h.PROC_INST_ID_ in (select process_instance_id from application)", Integer.class);
    if (untenanted == null || untenanted == 0) {
      return;
    }
    tablesWithTenants().forEach((table, instanceColumn) -> {
      int rows = jdbc.update("update " + table + " r set TENANT_ID_ = (select a.township_code from application a"
          + " where a.process_instance_id = r." + instanceColumn + ") where r.TENANT_ID_ is null and r."
          + instanceColumn + " in (select process_instance_id from application)");
      if (rows > 0) {
        log.info("{} rows of {} put in their township's tenant", rows, table);
      }
    });
  }

  /** Camunda's tables (ACT_RU_*, ACT_HI_*) with a tenant column, and their process instance column. */
  Map<String, String> tablesWithTenants() {
    Map<String, Set<String>> columns = new TreeMap<>();
    jdbc.query("select table_name, column_name from information_schema.columns where upper(column_name) in"
        + " ('TENANT_ID_', 'PROC_INST_ID_', 'PROCESS_INSTANCE_ID_') and (upper(table_name) like 'ACT\\_RU\\_%' escape '\\'"
        + " or upper(table_name) like 'ACT\\_HI\\_%' escape '\\')", row -> {
          columns.computeIfAbsent(row.getString(1).toUpperCase(), t -> new HashSet<>())
              .add(row.getString(2).toUpperCase());
        });
    Map<String, String> tables = new TreeMap<>();
    columns.forEach((table, names) -> INSTANCE_COLUMNS.stream().filter(names::contains).findFirst()
        .filter(column -> names.contains("TENANT_ID_")).ifPresent(column -> tables.put(table, column)));
    return tables;
  }
}
