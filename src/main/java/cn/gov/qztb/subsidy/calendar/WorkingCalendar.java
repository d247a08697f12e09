package cn.gov.qztb.subsidy.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * China's working days: Monday to Friday, except the statutory holidays, plus the weekend days
 * worked in their place (调休), as the State Council's notice of each year lists them. Read from
 * the database on each question: the calendar is data an administrator extends, not code.
 */
@Component
public class WorkingCalendar {

  private final JdbcTemplate jdbc;

  public WorkingCalendar(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** @throws CalendarNotCovered when the day's year has no official calendar loaded */
  public boolean isWorkingDay(LocalDate day) {
    return new Window(day, day).isWorking(day);
  }

  /**
   * The {@code count}-th working day after {@code start} (start itself not counted: a step handed
   * over on a Friday with 1 working day is due on Monday, or after the holiday that follows).
   *
   * @throws CalendarNotCovered when the count runs into a year without an official calendar
   */
  public LocalDate workingDaysAfter(LocalDate start, int count) {
    // a generous window: count working days need at most count × 2 + the longest holiday (9 days) + weekends
    Window window = new Window(start, start.plusDays(count * 2L + 21));
    LocalDate day = start;
    for (int found = 0; found < count; ) {
      day = day.plusDays(1);
      if (window.isWorking(day)) {
        found++;
      }
    }
    return day;
  }

  /** The working days from {@code from} to {@code to}, both included. */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    Window window = new Window(from, to);
    int count = 0;
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      if (window.isWorking(day)) {
        count++;
      }
    }
    return count;
  }

  /** The years the calendar covers. */
  public Set<Integer> coveredYears() {
    return new HashSet<>(jdbc.queryForList("select year_number from calendar_year", Integer.class));
  }

  /** The covered years and the exceptional days of a stretch of dates, read once. */
  private final class Window {
    private final Set<Integer> years;
    private final Map<LocalDate, Boolean> exceptions = new HashMap<>();

    Window(LocalDate from, LocalDate to) {
      years = new HashSet<>(jdbc.queryForList("select year_number from calendar_year where year_number between ? and ?",
          Integer.class, from.getYear(), to.getYear()));
      jdbc.query("select on_date, working from calendar_day where on_date between ? and ?",
          row -> {
            exceptions.put(row.getObject(1, LocalDate.class), row.getBoolean(2));
          }, from, to);
    }

    boolean isWorking(LocalDate day) {
      if (!years.contains(day.getYear())) {
        throw new CalendarNotCovered(day.getYear());
      }
      Boolean exception = exceptions.get(day);
      if (exception != null) {
        return exception;
      }
      return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
  }
}
