package cn.gov.qztb.subsidy.calendar;

/** A date in a year whose official holidays are not loaded: no working days are counted in it. */
public class CalendarNotCovered extends RuntimeException {

  private final int year;

  public CalendarNotCovered(int year) {
    super("工作日历尚未包含" + year + "年的法定节假日安排，无法按工作日计算期限；请管理员在seeds/reference/calendar/中补充" + year
        + "年（国务院办公厅当年的节假日安排通知）");
    this.year = year;
  }

  public int year() {
    return year;
  }
}
