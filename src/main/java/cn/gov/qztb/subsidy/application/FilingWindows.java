package cn.gov.qztb.subsidy.application;

import cn.gov.qztb.subsidy.engine.SubsidyClock;
import cn.gov.qztb.subsidy.policy.FilingWindow;
import cn.gov.qztb.subsidy.policy.PolicyBook;
import cn.gov.qztb.subsidy.program.ProgramRegistry;
import cn.gov.qztb.subsidy.program.SubsidyProgram;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which programs take applications on the business date (受理期), for Tasklist's start list. */
@Service
public class FilingWindows {

  /**
   * A program as the start list shows it.
   *
   * @param title the program's title in its latest edition, as its process is named
   * @param windows its filing windows in every edition, e.g. 2024年版受理期2024-04-01至2024-06-30
   */
  public record ProgramWindow(String key, String title, boolean open, String windows) {}

  private final PolicyBook policies;
  private final ProgramRegistry programs;
  private final SubsidyClock clock;

  public FilingWindows(PolicyBook policies, ProgramRegistry programs, SubsidyClock clock) {
    this.policies = policies;
    this.programs = programs;
    this.clock = clock;
  }

  public LocalDate businessDay() {
    return clock.businessDay();
  }

  @Transactional(readOnly = true)
  public List<ProgramWindow> onBusinessDay() {
    LocalDate day = clock.businessDay();
    return programs.all().stream()
        .map(program -> window(program, day))
        .sorted(Comparator.comparing(ProgramWindow::key))
        .toList();
  }

  private ProgramWindow window(SubsidyProgram<?, ?> program, LocalDate day) {
    List<FilingWindow> windows = policies.windows(program.key());
    return new ProgramWindow(program.key(), policies.latestTitle(program.key()), windows.stream().anyMatch(w -> w.contains(day)),
        windows.stream().map(FilingWindow::text).collect(Collectors.joining("、")));
  }
}
