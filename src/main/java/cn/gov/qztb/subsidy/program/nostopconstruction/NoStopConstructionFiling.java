package cn.gov.qztb.subsidy.program.nostopconstruction;

import java.util.List;

/** A filing for the no-stop construction bonus: the project and its workers on each holiday day. */
public record NoStopConstructionFiling(
    String projectCode, String projectName, ProjectLevel projectLevel, List<Long> workersByDay) {

  public NoStopConstructionFiling {
    workersByDay = List.copyOf(workersByDay);
  }

  public long totalWorkers() {
    return workersByDay.stream().mapToLong(Long::longValue).sum();
  }
}
