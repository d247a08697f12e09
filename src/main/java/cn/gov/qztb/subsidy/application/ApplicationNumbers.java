package cn.gov.qztb.subsidy.application;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.stereotype.Component;

/**
 * Hands out application numbers such as NSC-2024-000017: program prefix, edition year, and a
 * number from a database sequence, so that several nodes never hand out the same one.
 */
@Component
public class ApplicationNumbers {

  private final EntityManager entityManager;

  public ApplicationNumbers(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  public String next(String prefix, String edition) {
    Session session = entityManager.unwrap(Session.class);
    Dialect dialect = session.getSessionFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
    String sql = dialect.getSequenceSupport().getSequenceNextValString("application_number_seq");
    Number next = (Number) entityManager.createNativeQuery(sql).getSingleResult();
    return String.format("%s-%s-%06d", prefix, edition, next.longValue());
  }
}
