package cn.gov.qztb.subsidy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A named row lock in app_lock, held until the surrounding transaction ends: nodes take turns. */
@Component
public class AppLock {

  private final JdbcTemplate jdbc;

  public AppLock(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void acquire(String name) {
    jdbc.queryForObject("select name from app_lock where name = ? for update", String.class, name);
  }
}
