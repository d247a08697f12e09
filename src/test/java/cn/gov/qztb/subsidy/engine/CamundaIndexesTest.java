package cn.gov.qztb.subsidy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.support.ProcessTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@ProcessTest
class CamundaIndexesTest {

  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theUserIndexOnCamundasAuthorizationsIsThereAndRecordedOnce() throws Exception {
    List<String> indexes = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      for (String table : List.of("ACT_RU_AUTHORIZATION", "act_ru_authorization")) {
        try (ResultSet rows = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
          while (rows.next()) {
            if (rows.getString("INDEX_NAME") != null) {
              indexes.add(rows.getString("INDEX_NAME").toUpperCase() + ":" + rows.getString("COLUMN_NAME").toUpperCase());
            }
          }
        }
      }
    }
    assertThat(indexes).contains("QZTB_IDX_AUTH_USER_ID:USER_ID_");
    assertThat(jdbc.queryForObject("select count(*) from \"" + CamundaIndexes.HISTORY_TABLE + "\""
        + " where \"version\" = '1' and \"success\" = true", Long.class)).isEqualTo(1);
  }
}
