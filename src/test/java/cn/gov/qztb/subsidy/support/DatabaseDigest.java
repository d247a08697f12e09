package cn.gov.qztb.subsidy.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Row counts and a digest of every row of the engine's runtime, history and identity tables
 * (ACT_RU_*, ACT_HI_*, ACT_ID_*) and of the application's applications, claims and awards: two
 * equal digests mean nothing was written in between. Rows are hashed one by one and the hashes
 * sorted, so the order the database returns them in does not matter.
 */
public final class DatabaseDigest {

  private static final List<String> PREFIXES = List.of("ACT_RU_", "ACT_HI_", "ACT_ID_");
  private static final Set<Integer> BINARY = Set.of(Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY);
  private static final List<String> OWN_TABLES = List.of("APPLICATION", "AWARD", "SUBJECT_CLAIM");

  private final DataSource dataSource;
  private List<String> tables;

  public DatabaseDigest(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** @return per table: "rows:digest" */
  public Map<String, String> take() {
    Map<String, String> digest = new TreeMap<>();
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      for (String table : tables(connection)) {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery("select * from " + table)) {
          ResultSetMetaData columns = result.getMetaData();
          while (result.next()) {
            MessageDigest row = sha256();
            for (int i = 1; i <= columns.getColumnCount(); i++) {
              byte[] value = BINARY.contains(columns.getColumnType(i)) ? result.getBytes(i) : text(result.getString(i));
              row.update(value == null ? new byte[] {0} : value);
              row.update((byte) 0x1f);
            }
            rows.add(HexFormat.of().formatHex(row.digest()));
          }
        }
        rows.sort(null);
        MessageDigest all = sha256();
        rows.forEach(row -> all.update(row.getBytes(StandardCharsets.US_ASCII)));
        digest.put(table, rows.size() + ":" + HexFormat.of().formatHex(all.digest()).substring(0, 16));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return digest;
  }

  private List<String> tables(Connection connection) throws SQLException {
    if (tables == null) {
      List<String> found = new ArrayList<>();
      DatabaseMetaData meta = connection.getMetaData();
      try (ResultSet result = meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
        while (result.next()) {
          String name = result.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
          if (PREFIXES.stream().anyMatch(name::startsWith) || OWN_TABLES.contains(name)) {
            found.add(name);
          }
        }
      }
      found.sort(null);
      tables = List.copyOf(found);
    }
    return tables;
  }

  /** The tables whose digests differ, with before and after. */
  public static Map<String, String> changes(Map<String, String> before, Map<String, String> after) {
    Map<String, String> changed = new TreeMap<>();
    after.forEach((table, digest) -> {
      if (!digest.equals(before.get(table))) {
        changed.put(table, before.get(table) + " -> " + digest);
      }
    });
    return changed;
  }

  private static byte[] text(String value) {
    return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
