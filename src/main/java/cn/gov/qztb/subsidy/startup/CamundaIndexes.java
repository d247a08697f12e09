package cn.gov.qztb.subsidy.startup;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.stereotype.Component;

/**
 * Our indexes on Camunda's own tables, as Flyway migrations in db/camunda/ with their own
 * history table. They run once the engine has created or updated its schema (the application's
 * migrations in db/migration/ run before the engine starts, when Camunda's tables may not
 * exist yet). Flyway locks its history table, so nodes starting together apply each once.
 */
@Component
public class CamundaIndexes extends AbstractProcessEnginePlugin {

  static final String HISTORY_TABLE = "flyway_camunda_indexes";

  private final DataSource dataSource;

  public CamundaIndexes(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
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
