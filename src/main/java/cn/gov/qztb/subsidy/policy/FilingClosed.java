package cn.gov.qztb.subsidy.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** No edition takes applications for the program on the day: the message names its windows. */
public class FilingClosed extends RuntimeException {

  public FilingClosed(String title, LocalDate day, List<FilingWindow> windows) {
    super(message(title, day, windows));
  }

  private static String message(String title, LocalDate day, List<FilingWindow> windows) {
    if (windows.isEmpty()) {
      return "现行政策未设立" + title + "，暂不能申请";
    }
    return title + "不在受理期内：今日（" + day + "）不在"
        + windows.stream().map(FilingWindow::text).collect(Collectors.joining("、")) + "之内，不能发起或提交申请";
  }
}
