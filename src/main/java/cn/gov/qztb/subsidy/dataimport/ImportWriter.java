package cn.gov.qztb.subsidy.dataimport;

import cn.gov.qztb.subsidy.AppLock;
import cn.gov.qztb.subsidy.dataimport.HolderDataImported.Correction;
import cn.gov.qztb.subsidy.dataimport.RowChecker.CheckedRow;
import cn.gov.qztb.subsidy.engine.SubsidyClock;
import cn.gov.qztb.subsidy.reference.Dataset;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a checked file in one transaction, one import of a dataset at a time across nodes: new
 * records are added, equal ones left alone, changed ones corrected with the old value kept. A file
 * that changes nothing writes nothing, not even an import row.
 */
@Component
class ImportWriter {

  private static final int BATCH = 1000;

  private final JdbcTemplate jdbc;
  private final AppLock lock;
  private final HolderStore store;
  private final SubsidyClock clock;
  private final ApplicationEventPublisher events;

  ImportWriter(JdbcTemplate jdbc, AppLock lock, HolderStore store, SubsidyClock clock, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.lock = lock;
    this.store = store;
    this.clock = clock;
    this.events = events;
  }

  private record Existing(String fields, long importId) {}

  @Transactional
  public ImportReport write(Dataset dataset, String fileName, String sha256, String userId, List<CheckedRow> rows,
      List<ImportReport.Unregistered> unregistered, int rowCount) {
    lock.acquire("import:" + dataset.id());
    Map<String, Existing> existing = new HashMap<>();
    jdbc.query("select record_key, period, fields, import_id from holder_record where dataset = ?",
        row -> {
          existing.put(id(row.getString(1), row.getString(2)), new Existing(row.getString(3), row.getLong(4)));
        }, dataset.id());
    List<CheckedRow> added = new ArrayList<>();
    List<CheckedRow> corrected = new ArrayList<>();
    List<String> newFields = new ArrayList<>();
    List<Existing> was = new ArrayList<>();
    int unchanged = 0;
    for (CheckedRow row : rows) {
      String fields = store.write(row.values());
      Existing before = existing.get(id(row.key(), row.period()));
      if (before == null) {
        added.add(row);
      } else if (before.fields().equals(fields)) {
        unchanged++;
      } else {
        corrected.add(row);
        was.add(before);
      }
    }
    existing.clear();
    if (added.isEmpty() && corrected.isEmpty()) {
      return ImportReport.done(dataset.id(), dataset.title(), null, rowCount, 0, unchanged, 0, unregistered);
    }
    long importId = insertImport(dataset, fileName, sha256, userId, rowCount, added.size(), unchanged, corrected.size(),
        unregistered.size());
    jdbc.batchUpdate("insert into holder_record (dataset, record_key, period, party_code, fields, import_id)"
        + " values (?, ?, ?, ?, ?, ?)", added, BATCH, (ps, row) -> {
          ps.setString(1, dataset.id());
          ps.setString(2, row.key());
          ps.setString(3, row.period());
          ps.setString(4, row.party());
          ps.setString(5, store.write(row.values()));
          ps.setLong(6, importId);
        });
    List<Correction> corrections = new ArrayList<>();
    List<Object[]> revisions = new ArrayList<>();
    List<Object[]> updates = new ArrayList<>();
    for (int i = 0; i < corrected.size(); i++) {
      CheckedRow row = corrected.get(i);
      String fields = store.write(row.values());
      revisions.add(new Object[] {dataset.id(), row.key(), row.period(), was.get(i).fields(), was.get(i).importId(),
          fields, importId});
      updates.add(new Object[] {row.party(), fields, importId, dataset.id(), row.key(), row.period()});
      corrections.add(new Correction(row.key(), row.period(), store.fields(was.get(i).fields()), row.values()));
    }
    jdbc.batchUpdate("insert into holder_record_revision (dataset, record_key, period, old_fields, old_import_id,"
        + " new_fields, import_id) values (?, ?, ?, ?, ?, ?, ?)", revisions);
    jdbc.batchUpdate("update holder_record set party_code = ?, fields = ?, import_id = ?"
        + " where dataset = ? and record_key = ? and period = ?", updates);
    events.publishEvent(new HolderDataImported(dataset, importId, userId, corrections));
    return ImportReport.done(dataset.id(), dataset.title(), importId, rowCount, added.size(), unchanged,
        corrected.size(), unregistered);
  }

  private long insertImport(Dataset dataset, String fileName, String sha256, String userId, int rows, int added,
      int unchanged, int corrected, int unregistered) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement ps = connection.prepareStatement("insert into data_import (dataset, file_name, sha256,"
          + " imported_by, imported_at, row_count, added, unchanged, corrected, unregistered)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
      ps.setString(1, dataset.id());
      ps.setString(2, fileName);
      ps.setString(3, sha256);
      ps.setString(4, userId);
      ps.setTimestamp(5, Timestamp.from(clock.now()));
      ps.setInt(6, rows);
      ps.setInt(7, added);
      ps.setInt(8, unchanged);
      ps.setInt(9, corrected);
      ps.setInt(10, unregistered);
      return ps;
    }, key);
    return key.getKey().longValue();
  }

  private static String id(String key, String period) {
    return key + "\u0000" + period;
  }
}
