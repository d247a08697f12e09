package cn.gov.qztb.subsidy.application;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/programs: every program, whether it takes applications on the business date, and its
 * filing windows (public facts of the policy). Tasklist's start list leaves out the closed ones;
 * starting one anyway is refused by the server.
 */
@RestController
public class ProgramController {

  private final FilingWindows windows;

  public ProgramController(FilingWindows windows) {
    this.windows = windows;
  }

  @GetMapping("/api/programs")
  public Map<String, Object> programs() {
    List<FilingWindows.ProgramWindow> all = windows.onBusinessDay();
    return Map.of("businessDate", windows.businessDay().toString(), "programs", all);
  }
}
