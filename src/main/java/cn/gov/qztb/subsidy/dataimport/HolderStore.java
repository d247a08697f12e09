package cn.gov.qztb.subsidy.dataimport;

import cn.gov.qztb.subsidy.SubsidyProperties;
import cn.gov.qztb.subsidy.reference.DataHolderRepository;
import cn.gov.qztb.subsidy.reference.Dataset;
import cn.gov.qztb.subsidy.reference.DistrictUnitRepository;
import cn.gov.qztb.subsidy.reference.HolderFacts;
import cn.gov.qztb.subsidy.reference.HolderRecord;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The holders' current figures (holder_record), read by the programs through {@link HolderFacts}. */
@Repository
public class HolderStore implements HolderFacts {

  static final String SELECT = "select r.dataset, r.record_key, r.period, r.fields, i.imported_at from holder_record r"
      + " join data_import i on i.id = r.import_id ";
  private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {};

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final DataHolderRepository holders;
  private final DistrictUnitRepository units;
  private final ZoneId zone;
  private final Map<Dataset, String> names = new ConcurrentHashMap<>();

  public HolderStore(JdbcTemplate jdbc, ObjectMapper json, DataHolderRepository holders, DistrictUnitRepository units,
      SubsidyProperties properties) {
    this.jdbc = jdbc;
    this.json = json;
    this.holders = holders;
    this.units = units;
    this.zone = properties.zone();
  }

  @Override
  public Optional<HolderRecord> find(Dataset dataset, String key, String period) {
    return jdbc.query(SELECT + "where r.dataset = ? and r.record_key = ? and r.period = ?", this::record,
        dataset.id(), key, period).stream().findFirst();
  }

  @Override
  public List<HolderRecord> ofParty(Dataset dataset, String creditCode) {
    return jdbc.query(SELECT + "where r.party_code = ? and r.dataset = ? order by r.record_key, r.period", this::record,
        creditCode, dataset.id());
  }

  @Override
  public boolean imported(Dataset dataset) {
    return Boolean.TRUE.equals(jdbc.queryForObject(
        "select count(*) > 0 from data_import where dataset = ?", Boolean.class, dataset.id()));
  }

  /**
   * The enterprises that have figures, in credit-code order, after {@code after} (null: from the
   * first); at most {@code limit}.
   */
  public List<String> partiesAfter(String after, int limit) {
    return jdbc.queryForList("select distinct party_code from holder_record where party_code is not null"
        + " and party_code > ? order by party_code limit ?", String.class, after == null ? "" : after, limit);
  }

  /** The enterprises that have figures, from {@code first} to {@code last} (credit codes, both included). */
  public List<String> partiesBetween(String first, String last) {
    return jdbc.queryForList("select distinct party_code from holder_record where party_code >= ? and party_code <= ?"
        + " order by party_code", String.class, first, last);
  }

  /** The figures of the enterprises, and the attendance of the projects they build, read at once. */
  public HolderFacts snapshot(List<String> creditCodes) {
    NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
    List<HolderRecord> records = new ArrayList<>();
    Map<HolderRecord, String> parties = new IdentityHashMap<>();
    List<String> projects = new ArrayList<>();
    named.query(SELECT.replace("select ", "select r.party_code, ") + "where r.party_code in (:codes)",
        Map.of("codes", creditCodes), row -> {
          HolderRecord record = record(row, 0);
          records.add(record);
          parties.put(record, row.getString("party_code"));
          if (record.dataset() == Dataset.KEY_PROJECTS) {
            projects.add(record.key());
          }
        });
    if (!projects.isEmpty()) {
      named.query(SELECT + "where r.dataset = :dataset and r.record_key in (:projects)",
          Map.of("dataset", Dataset.SITE_ATTENDANCE.id(), "projects", projects), row -> {
            records.add(record(row, 0));
          });
    }
    Set<Dataset> imported = EnumSet.noneOf(Dataset.class);
    jdbc.queryForList("select distinct dataset from data_import", String.class)
        .forEach(id -> Dataset.byId(id).ifPresent(imported::add));
    return new HolderSnapshot(records, parties, imported);
  }

  /** The name of the holder whose staff import the dataset, e.g. 惠安供电公司. */
  public String holderName(Dataset dataset) {
    // reference data, the same on every node until a restart reloads the seeds
    return names.computeIfAbsent(dataset, d -> holders.findById(d.holderCode()).map(h -> h.getName())
        .or(() -> units.findById(d.holderCode()).map(u -> u.getName()))
        .orElse(d.holderCode()));
  }

  HolderRecord record(ResultSet row, int index) throws SQLException {
    Dataset dataset = Dataset.byId(row.getString("dataset")).orElseThrow();
    Timestamp importedAt = row.getTimestamp("imported_at");
    String source = "数据来源：" + holderName(dataset) + "，" + importedAt.toInstant().atZone(zone).toLocalDate() + " 导入";
    return new HolderRecord(dataset, row.getString("record_key"), row.getString("period"),
        fields(row.getString("fields")), source);
  }

  Map<String, String> fields(String text) {
    try {
      return json.readValue(text, FIELDS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("holder_record.fields is not JSON: " + text, e);
    }
  }

  String write(Map<String, String> fields) {
    try {
      return json.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
