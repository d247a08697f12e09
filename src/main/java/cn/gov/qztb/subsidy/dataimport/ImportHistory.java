package cn.gov.qztb.subsidy.dataimport;

import cn.gov.qztb.subsidy.reference.Dataset;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The committed imports of datasets, newest first. */
@Repository
class ImportHistory {

  record Entry(long id, String dataset, String fileName, String importedBy, Instant importedAt, int rows, int added,
      int unchanged, int corrected, int unregistered) {}

  private final NamedParameterJdbcTemplate jdbc;

  ImportHistory(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<Entry> of(List<Dataset> datasets) {
    if (datasets.isEmpty()) {
      return List.of();
    }
    return jdbc.query("select id, dataset, file_name, imported_by, imported_at, row_count, added, unchanged, corrected,"
            + " unregistered from data_import where dataset in (:datasets) order by id desc limit 200",
        Map.of("datasets", datasets.stream().map(Dataset::id).toList()),
        (row, i) -> new Entry(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
            row.getTimestamp(5).toInstant(), row.getInt(6), row.getInt(7), row.getInt(8), row.getInt(9), row.getInt(10)));
  }
}
