package cn.gov.qztb.subsidy.engine;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Our indexes on Camunda's own tables, as Flyway migrations in db/camunda/ with their own
 * history table. They run once the engine has created or updated its schema (the application's
 * migrations in db/migration/ run before the engine starts, when Camunda's tables may not
 * exist yet). Flyway locks its history table, so nodes starting together apply each once.
 */
final class CamundaIndexes {

  static final String HISTORY_TABLE = "flyway_camunda_indexes";

  private CamundaIndexes() {}

  static void migrate(DataSource dataSource) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/camunda")
        .table(HISTORY_TABLE)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }
}
