package cn.gov.qztb.subsidy.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.qztb.subsidy.support.ProcessTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The official calendars of 2024–2026 as loaded from seeds/reference/calendar/, and what is not covered. */
@ProcessTest
class WorkingCalendarTest {

  @Autowired WorkingCalendar calendar;
  @Autowired CalendarLoader loader;
  @Autowired JdbcTemplate jdbc;

  @Test
  void holidaysAndMakeUpDaysFollowTheStateCouncilsNotices() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 12))).as("春节, a Monday").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 18))).as("春节调休, a Sunday").isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2024, 10, 7))).as("国庆节, a Monday").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 26))).as("春节调休, a Sunday").isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 8))).as("国庆中秋, a Wednesday").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 4))).as("元旦调休, a Sunday").isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).as("春节, a Monday").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 28))).as("an ordinary Saturday").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 30))).as("an ordinary Monday").isTrue();
    assertThat(calendar.coveredYears()).contains(2024, 2025, 2026).doesNotContain(2027);
  }

  @Test
  void workingDaysAreCountedAcrossHolidaysAndMakeUpDays() {
    // handed over on Friday 2024-09-27: Sun 09-29 (调休) 1, Mon 09-30 2, 国庆 10-01…07, 10-08 3, 10-09 4, 10-10 5
    assertThat(calendar.workingDaysAfter(LocalDate.of(2024, 9, 27), 5)).isEqualTo(LocalDate.of(2024, 10, 10));
    // Friday 2024-02-09 before 春节: the next working day is the make-up Sunday 02-18
    assertThat(calendar.workingDaysAfter(LocalDate.of(2024, 2, 9), 1)).isEqualTo(LocalDate.of(2024, 2, 18));
    // across the turn of 2024 into 2025: 12-31 Tue → 01-02 Thu (01-01 元旦)
    assertThat(calendar.workingDaysAfter(LocalDate.of(2024, 12, 31), 1)).isEqualTo(LocalDate.of(2025, 1, 2));
    assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 13)))
        .as("10-08…10-11 and the make-up Saturday 10-12").isEqualTo(5);
  }

  @Test
  void aYearWithoutItsNoticeIsNotGuessed() {
    assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2027, 3, 1)))
        .isInstanceOf(CalendarNotCovered.class).hasMessageContaining("2027年");
    assertThatThrownBy(() -> calendar.workingDaysAfter(LocalDate.of(2026, 12, 24), 10))
        .as("ten working days from Christmas Eve 2026 run into 2027").isInstanceOf(CalendarNotCovered.class);
  }

  @Test
  void loadingAgainChangesNothing() {
    Integer days = jdbc.queryForObject("select count(*) from calendar_day", Integer.class);
    assertThat(loader.load()).contains(2024, 2025, 2026);
    assertThat(jdbc.queryForObject("select count(*) from calendar_day", Integer.class)).isEqualTo(days);
    assertThat(jdbc.queryForObject("select count(*) from calendar_day where year_number = 2024 and working", Integer.class))
        .as("2024's make-up working days").isEqualTo(8);
  }
}
