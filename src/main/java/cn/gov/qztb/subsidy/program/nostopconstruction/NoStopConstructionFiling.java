package cn.gov.qztb.subsidy.program.nostopconstruction;

import cn.gov.qztb.subsidy.program.Field;
import java.util.List;

/** A filing for the no-stop construction bonus: the project and its workers on each holiday day. */
public record NoStopConstructionFiling(
    @Field(label = "项目编号", max = 64) String projectCode,
    @Field(label = "项目名称", max = 128) String projectName,
    @Field(label = "项目级别") ProjectLevel projectLevel,
    // one count per day of the holiday the edition names; the form has room for ten
    @Field(label = "施工人数（人）", max = NoStopConstructionFiling.MAX_WORKERS_PER_DAY, items = 10) List<Long> workersByDay) {

  static final long MAX_WORKERS_PER_DAY = 100_000;

  public NoStopConstructionFiling {
    workersByDay = List.copyOf(workersByDay);
  }

  public long totalWorkers() {
    return workersByDay.stream().mapToLong(Long::longValue).sum();
  }
}
