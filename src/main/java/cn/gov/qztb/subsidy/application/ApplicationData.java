package cn.gov.qztb.subsidy.application;

import cn.gov.qztb.subsidy.reference.Dataset;
import cn.gov.qztb.subsidy.reference.HolderRecord;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Which of the holders' figures each application was offered on or compared with, as they were
 * then: a later correction of one of them finds its applications here.
 */
@Repository
public class ApplicationData {

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;

  public ApplicationData(JdbcTemplate jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Replaces the records the application uses. */
  public void use(String businessKey, List<HolderRecord> records) {
    jdbc.update("delete from application_data where business_key = ?", businessKey);
    jdbc.batchUpdate("insert into application_data (business_key, dataset, record_key, period, fields) values (?, ?, ?, ?, ?)",
        records.stream().distinct().map(r -> new Object[] {businessKey, r.dataset().id(), r.key(), r.period(), write(r)})
            .toList());
  }

  /** The applications that used the record. */
  public List<String> users(Dataset dataset, String key, String period) {
    return jdbc.queryForList("select business_key from application_data where dataset = ? and record_key = ? and period = ?"
        + " order by business_key", String.class, dataset.id(), key, period);
  }

  private String write(HolderRecord record) {
    try {
      return json.writeValueAsString(new TreeMap<>(record.values()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
