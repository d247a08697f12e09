package cn.gov.qztb.subsidy.calendar;

import cn.gov.qztb.subsidy.reference.SeedFiles;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Loads seeds/reference/calendar/&lt;year&gt;.yaml into the working calendar: a year not yet there
 * is added; a year whose file changed (a corrected notice) is replaced. Idempotent.
 */
@Component
public class CalendarLoader {

  private static final Logger log = LoggerFactory.getLogger(CalendarLoader.class);

  private final SeedFiles seeds;
  private final JdbcTemplate jdbc;

  public CalendarLoader(SeedFiles seeds, JdbcTemplate jdbc) {
    this.seeds = seeds;
    this.jdbc = jdbc;
  }

  /** @return the years loaded */
  public List<Integer> load() {
    List<Integer> years = new ArrayList<>();
    for (Resource file : seeds.matching("reference/calendar/*.yaml")) {
      years.add(load(file));
    }
    return years;
  }

  private int load(Resource file) {
    JsonNode document;
    try {
      document = seeds.yamlMapper().readTree(file.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int year = document.path("year").asInt();
    String notice = document.path("notice").asText();
    Map<LocalDate, Day> days = days(document, year, file.getFilename());
    if (unchanged(year, notice, days)) {
      return year;
    }
    jdbc.update("delete from calendar_day where year_number = ?", year);
    jdbc.update("delete from calendar_year where year_number = ?", year);
    jdbc.update("insert into calendar_year (year_number, notice, loaded_at) values (?, ?, ?)", year, notice,
        Timestamp.from(Instant.now()));
    days.forEach((day, entry) -> jdbc.update("insert into calendar_day (on_date, year_number, working, name) values (?, ?, ?, ?)",
        day, year, entry.working(), entry.name()));
    log.info("Working calendar {}: {} holidays and make-up working days ({})", year, days.size(), notice);
    return year;
  }

  private record Day(boolean working, String name) {}

  private static Map<LocalDate, Day> days(JsonNode document, int year, String file) {
    Map<LocalDate, Day> days = new LinkedHashMap<>();
    for (JsonNode holiday : document.path("holidays")) {
      for (LocalDate day = LocalDate.parse(holiday.path("from").asText()); !day.isAfter(LocalDate.parse(holiday.path("to").asText()));
          day = day.plusDays(1)) {
        days.put(inYear(day, year, file), new Day(false, holiday.path("name").asText()));
      }
    }
    for (JsonNode workday : document.path("workdays")) {
      days.put(inYear(LocalDate.parse(workday.path("date").asText()), year, file), new Day(true, workday.path("name").asText()));
    }
    return days;
  }

  private static LocalDate inYear(LocalDate day, int year, String file) {
    if (day.getYear() != year) {
      throw new IllegalStateException(file + ": " + day + " is not in " + year);
    }
    return day;
  }

  private boolean unchanged(int year, String notice, Map<LocalDate, Day> days) {
    List<String> stored = jdbc.queryForList("select notice from calendar_year where year_number = ?", String.class, year);
    if (stored.isEmpty() || !stored.get(0).equals(notice)) {
      return false;
    }
    Map<LocalDate, Day> current = new LinkedHashMap<>();
    jdbc.query("select on_date, working, name from calendar_day where year_number = ?", row -> {
      current.put(row.getObject(1, LocalDate.class), new Day(row.getBoolean(2), row.getString(3)));
    }, year);
    return current.equals(days);
  }
}
