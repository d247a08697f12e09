package cn.gov.qztb.subsidy.startup;

import cn.gov.qztb.subsidy.dataimport.DataImportService;
import cn.gov.qztb.subsidy.dataimport.ImportReport;
import cn.gov.qztb.subsidy.reference.Dataset;
import cn.gov.qztb.subsidy.reference.SeedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo's holders' files (seeds/demo/data/), imported once by each holder's demo user when
 * nothing has been imported yet, so that a newcomer finds offers (免申即享) in Tasklist. On only
 * where {@code subsidy.demo.holder-data} is true (the demo profile; not the tests).
 */
@Component
public class DemoHolderData {

  static final String FOLDER = "demo/data/";
  private static final Logger log = LoggerFactory.getLogger(DemoHolderData.class);
  /** The demo user of each dataset's holder (seeds/demo/users.yaml). */
  private static final Map<Dataset, String> IMPORTERS = Map.of(
      Dataset.ELECTRICITY, "gongdian",
      Dataset.UNEMPLOYMENT_INSURANCE, "minsheng",
      Dataset.GAS, "ranqi",
      Dataset.STATISTICS_INCLUSION, "keji",
      Dataset.KEY_PROJECTS, "xiangmu",
      Dataset.SITE_ATTENDANCE, "ziran");

  private final DataImportService imports;
  private final SeedFiles seeds;
  private final JdbcTemplate jdbc;
  private final boolean enabled;

  DemoHolderData(DataImportService imports, SeedFiles seeds, JdbcTemplate jdbc,
      @Value("${subsidy.demo.holder-data:false}") boolean enabled) {
    this.imports = imports;
    this.seeds = seeds;
    this.jdbc = jdbc;
    this.enabled = enabled;
  }

  public void importOnce() {
    if (!enabled || jdbc.queryForObject("select count(*) from data_import", Integer.class) > 0) {
      return;
    }
    for (Dataset dataset : Dataset.values()) {
      String path = FOLDER + dataset.id() + ".csv";
      if (!seeds.exists(path)) {
        continue;
      }
      try (InputStream in = seeds.open(path)) {
        ImportReport report = imports.importFile(dataset, dataset.id() + ".csv", in, IMPORTERS.get(dataset));
        log.info("Demo data {}: {}", dataset.id(), report.message());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
