package cn.gov.qztb.subsidy.application;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands out application numbers such as NSC-2024-000017: program prefix, edition year, and a
 * number from a database sequence, so that several nodes never hand out the same one.
 */
@Component
public class ApplicationNumbers {

  private final EntityManager entityManager;
  private final JdbcTemplate jdbc;
  private volatile String sql;

  public ApplicationNumbers(EntityManager entityManager, JdbcTemplate jdbc) {
    this.entityManager = entityManager;
    this.jdbc = jdbc;
  }

  public String next(String prefix, String edition) {
    if (sql == null) {
      Session session = entityManager.unwrap(Session.class);
      Dialect dialect = session.getSessionFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
      sql = dialect.getSequenceSupport().getSequenceNextValString("application_number_seq");
    }
    // by JDBC on the transaction's connection: a JPA native query would flush the whole session first
    Long next = jdbc.queryForObject(sql, Long.class);
    return String.format("%s-%s-%06d", prefix, edition, next);
  }
}
