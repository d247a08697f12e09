package cn.gov.qztb.subsidy.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.program.electricity.ElectricityFiling;
import cn.gov.qztb.subsidy.program.electricity.ElectricityPeriod;
import cn.gov.qztb.subsidy.program.nostopconstruction.NoStopConstructionFiling;
import cn.gov.qztb.subsidy.program.nostopconstruction.NoStopConstructionPolicy;
import cn.gov.qztb.subsidy.program.nostopconstruction.NoStopConstructionProgram;
import cn.gov.qztb.subsidy.program.nostopconstruction.ProjectLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Filing fields declared once: what the server reads follows the declaration and the edition. */
class FilingDeclarationTest {

  static final LocalDate TODAY = LocalDate.of(2024, 4, 15);
  final NoStopConstructionProgram noStop = new NoStopConstructionProgram();

  @Test
  void aNineDayHolidayIsReadAsNineDaysWithoutAChangeOfCode() {
    NoStopConstructionPolicy nineDays = holiday(9);
    Map<String, Object> values = new HashMap<>(Map.of("projectCode", "XM-9", "projectName", "九天项目", "projectLevel", "PROVINCIAL"));
    IntStream.rangeClosed(1, 9).forEach(day -> values.put("workersDay" + day, 50));

    FilingReader in = new FilingReader(values);
    NoStopConstructionFiling filing = noStop.readFiling(in, nineDays, null, TODAY);
    in.done();

    assertThat(filing.workersByDay()).hasSize(9).containsOnly(50L);
    assertThat(noStop.formLabels(nineDays)).hasSize(9).containsEntry("workersDay9", "2月18日（正月初九）施工人数（人）");
    assertThat(noStop.describe(filing, nineDays)).contains("2月18日（正月初九）施工人数（人）：50", "9天合计：450人");
    assertThat(noStop.editionProblems(nineDays)).isEmpty();

    values.remove("workersDay9");
    FilingReader missingDay = new FilingReader(values);
    noStop.readFiling(missingDay, nineDays, null, TODAY);
    assertThatThrownBy(missingDay::done).isInstanceOf(Refusal.class)
        .hasMessageContaining("「2月18日（正月初九）施工人数（人）」（workersDay9）为必填项");
  }

  @Test
  void anEditionWithMoreDaysThanTheFormHoldsIsRefusedAsAnEditionNotWhenSomeoneFiles() {
    assertThat(noStop.editionProblems(holiday(11)))
        .containsExactly("春节不停工奖励：本版本有11项「施工人数（人）」，填报表单只能容纳10项，请先修订表单和填报字段声明");
  }

  @Test
  void aFieldShownOnlyForAnotherFieldsValueIsReadOnlyThen() {
    Map<String, Object> janFeb = new HashMap<>(Map.of("period", "JAN_FEB", "kwhJan2023", 1, "kwhFeb2023", 1,
        "kwhJan2024", 2, "kwhFeb2024", 2, "kwhMar2023", "not read"));
    FilingReader in = new FilingReader(janFeb);
    ElectricityFiling filing = in.read(ElectricityFiling.class, FieldRules.none().year(2024), TODAY);
    in.done();
    assertThat(filing.period()).isEqualTo(ElectricityPeriod.JAN_FEB);
    assertThat(filing.kwhMar2023()).isNull();

    janFeb.put("period", "Q1");
    FilingReader q1 = new FilingReader(janFeb);
    q1.read(ElectricityFiling.class, FieldRules.none().year(2024), TODAY);
    assertThat(q1.problems()).containsExactly(
        "「2023年3月工业用电量（千瓦时）」（kwhMar2023）应为数字（收到：not read）",
        "「2024年3月工业用电量（千瓦时）」（kwhMar2024）为必填项");
  }

  @Test
  void everyFieldOfAFilingMustBeDeclaredWithItsBounds() {
    record Undeclared(String name) {}
    record Unbounded(@Field(label = "名称") String name) {}
    assertThatThrownBy(() -> FilingField.of(Undeclared.class)).hasMessageContaining("is not declared with @Field");
    assertThatThrownBy(() -> FilingField.of(Unbounded.class)).hasMessageContaining("must declare its largest value");
    assertThat(FilingField.of(NoStopConstructionFiling.class)).extracting(FilingField::key)
        .containsExactly("projectCode", "projectName", "projectLevel", "workersByDay");
  }

  static NoStopConstructionPolicy holiday(int days) {
    List<String> names = IntStream.rangeClosed(1, days).mapToObj(day -> "正月初" + "一二三四五六七八九十十一".substring(
        day - 1, day == 11 ? day + 1 : day)).toList();
    return new NoStopConstructionPolicy(18, 2024, "春节不停工奖励", "keji", new BigDecimal("30000.00"), LocalDate.of(2024, 2, 10),
        LocalDate.of(2024, 2, 10).plusDays(days - 1), names, 50, Set.of(ProjectLevel.PROVINCIAL));
  }
}
