package cn.gov.qztb.subsidy.dataimport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.dataimport.HolderFile.FileRow;
import cn.gov.qztb.subsidy.dataimport.RowChecker.CheckedRow;
import cn.gov.qztb.subsidy.reference.CreditCode;
import cn.gov.qztb.subsidy.reference.Dataset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowCheckerTest {

  static final String A = "91350203MA3123456X";
  static final String B = "91350205MA2Y00001Y";
  static final Map<String, String> TOWNSHIPS = Map.of("洛阳镇", "350521101", "东园镇", "350521102", "张坂镇", "350521103");

  final List<ImportProblem> problems = new ArrayList<>();

  @Test
  void theCodesOfTheseTestsAreValid() {
    assertThat(CreditCode.isValid(A)).isTrue();
    assertThat(CreditCode.isValid(B)).isTrue();
  }

  @Test
  void acceptsAnElectricityRow() {
    CheckedRow row = check(Dataset.ELECTRICITY, 2, Map.of("creditCode", A, "month", "2024-01", "kwh", "120000"));
    assertThat(row).isEqualTo(new CheckedRow(2, A, "2024-01", A, Map.of("kwh", "120000")));
    assertThat(problems).isEmpty();
  }

  @Test
  void acceptsAProjectWithItsContractorAsParty() {
    Map<String, String> cells = new HashMap<>(project("P-2024.001_a"));
    CheckedRow row = check(Dataset.KEY_PROJECTS, 3, cells);
    assertThat(problems).isEmpty();
    assertThat(row.key()).isEqualTo("P-2024.001_a");
    assertThat(row.period()).isEmpty();
    assertThat(row.party()).isEqualTo(B);
    assertThat(row.values()).containsExactly(
        Map.entry("name", "洛阳桥片区改造"), Map.entry("level", "市重点"), Map.entry("township", "350521102"),
        Map.entry("contractorCode", B), Map.entry("contractorName", "某建设有限公司"), Map.entry("status", "在建"));
  }

  @Test
  void leavesOutAnEmptyOptionalValue() {
    Map<String, String> cells = Map.of("creditCode", A, "category", "规上工业", "month", "2024-06", "productionDate", "");
    assertThat(check(Dataset.STATISTICS_INCLUSION, 2, cells))
        .isEqualTo(new CheckedRow(2, A, "", A, Map.of("category", "规上工业", "month", "2024-06")));
    CheckedRow dated = check(Dataset.STATISTICS_INCLUSION, 3,
        Map.of("creditCode", B, "category", "规上服务业", "month", "2024-06", "productionDate", "2024-02-29"));
    assertThat(dated.values()).containsExactly(
        Map.entry("category", "规上服务业"), Map.entry("month", "2024-06"), Map.entry("productionDate", "2024-02-29"));
    assertThat(problems).isEmpty();
  }

  @Test
  void refusesBadCreditCodes() {
    assertThat(creditCodeProblem("91350203MA31234560")).isEqualTo("「统一社会信用代码」校验码（第18位）不正确，请核对代码是否有误");
    assertThat(creditCodeProblem("91350203ma3123456X")).isEqualTo("「统一社会信用代码」含小写字母，应全部使用大写字母");
    assertThat(creditCodeProblem("91350203MA3123456")).isEqualTo("「统一社会信用代码」应为18位，实为17位");
    assertThat(creditCodeProblem("9135 0203MA3123456X")).isEqualTo("「统一社会信用代码」中间不能有空格");
    assertThat(creditCodeProblem("91350203MO3123456X"))
        .isEqualTo("「统一社会信用代码」含不允许的字符「O」（只能是数字和除I、O、S、V、Z外的大写字母）");
  }

  @Test
  void refusesBadMonthsAndDates() {
    assertThat(problemOf(Dataset.ELECTRICITY, "month", "2024-1")).isEqualTo("「月份」应为YYYY-MM格式的月份，如2024-01");
    assertThat(problemOf(Dataset.ELECTRICITY, "month", "2024-13")).isEqualTo("「月份」应为YYYY-MM格式的月份，如2024-01");
    assertThat(problemOf(Dataset.ELECTRICITY, "month", "2024年1月")).isEqualTo("「月份」应为YYYY-MM格式的月份，如2024-01");
    assertThat(problemOf(Dataset.ELECTRICITY, "month", "1999-12")).isEqualTo("「月份」的年份应在2000至2099之间");
    assertThat(problemOf(Dataset.SITE_ATTENDANCE, "date", "2024-02-30")).isEqualTo("「日期」不是实际存在的日期");
    assertThat(problemOf(Dataset.SITE_ATTENDANCE, "date", "2024-2-3")).isEqualTo("「日期」应为YYYY-MM-DD格式的日期，如2024-01-31");
    assertThat(problemOf(Dataset.SITE_ATTENDANCE, "date", "2024/02/03")).isEqualTo("「日期」应为YYYY-MM-DD格式的日期，如2024-01-31");
    assertThat(problemOf(Dataset.SITE_ATTENDANCE, "date", "2100-01-01")).isEqualTo("「日期」的年份应在2000至2099之间");
  }

  @Test
  void refusesCountsThatAreNotPlainDigits() {
    assertThat(problemOf(Dataset.ELECTRICITY, "kwh", "-5")).isEqualTo("「工业用电量（千瓦时）」不能为负数");
    assertThat(problemOf(Dataset.ELECTRICITY, "kwh", "+5")).isEqualTo("「工业用电量（千瓦时）」应为不带正负号的整数");
    assertThat(problemOf(Dataset.ELECTRICITY, "kwh", "1.5")).isEqualTo("「工业用电量（千瓦时）」应为整数，不能有小数");
    assertThat(problemOf(Dataset.ELECTRICITY, "kwh", "1,000")).isEqualTo("「工业用电量（千瓦时）」不要使用千位分隔符");
    assertThat(problemOf(Dataset.ELECTRICITY, "kwh", "007")).isEqualTo("「工业用电量（千瓦时）」不能以0开头");
    assertThat(problemOf(Dataset.ELECTRICITY, "kwh", "1e5")).isEqualTo("「工业用电量（千瓦时）」应为不小于0的整数");
    assertThat(problemOf(Dataset.ELECTRICITY, "kwh", "1234567890123456")).isEqualTo("「工业用电量（千瓦时）」最多15位");
    assertThat(problemOf(Dataset.ELECTRICITY, "kwh", "123456789012345")).isNull();
    assertThat(problemOf(Dataset.ELECTRICITY, "kwh", "0")).isNull();
  }

  @Test
  void refusesChoicesAndTownshipsNotOnTheList() {
    assertThat(problemOf(Dataset.GAS, "cityTariff", "Y")).isEqualTo("「执行全市非居民管道燃气价格」应为以下之一：是、否");
    assertThat(problemOf(Dataset.KEY_PROJECTS, "level", "省级重点"))
        .isEqualTo("「项目级别」应为以下之一：省重点、市重点、区重点、其他");
    assertThat(problemOf(Dataset.KEY_PROJECTS, "township", "洛阳"))
        .isEqualTo("「项目所在乡镇」应为本区的乡镇（街道）之一：洛阳镇、东园镇、张坂镇");
    assertThat(problemOf(Dataset.KEY_PROJECTS, "township", "350521101"))
        .isEqualTo("「项目所在乡镇」应为本区的乡镇（街道）之一：洛阳镇、东园镇、张坂镇");
  }

  @Test
  void refusesBadCodesAndTexts() {
    assertThat(problemOf(Dataset.KEY_PROJECTS, "projectCode", "P 1")).isEqualTo("「项目代码」只能包含字母、数字和「-」「_」「.」");
    assertThat(problemOf(Dataset.KEY_PROJECTS, "projectCode", "P".repeat(65))).isEqualTo("「项目代码」最长64个字符，实为65个");
    assertThat(problemOf(Dataset.KEY_PROJECTS, "projectCode", "P".repeat(64))).isNull();
    assertThat(problemOf(Dataset.KEY_PROJECTS, "name", "第一行\n第二行")).isEqualTo("「项目名称」不能含换行符等控制字符");
    assertThat(problemOf(Dataset.KEY_PROJECTS, "name", "桥".repeat(129))).isEqualTo("「项目名称」最长128个字，实为129个");
    assertThat(problemOf(Dataset.KEY_PROJECTS, "name", "桥".repeat(128))).isNull();
  }

  @Test
  void reportsEveryProblemOfARow() {
    CheckedRow row = check(Dataset.ELECTRICITY, 7, Map.of("creditCode", "", "month", "2024-1", "kwh", "-5"));
    assertThat(row).isNull();
    assertThat(problems).containsExactly(
        new ImportProblem(7, "统一社会信用代码", "「统一社会信用代码」不能为空"),
        new ImportProblem(7, "月份", "「月份」应为YYYY-MM格式的月份，如2024-01"),
        new ImportProblem(7, "工业用电量（千瓦时）", "「工业用电量（千瓦时）」不能为负数"));
  }

  @Test
  void aMissingCellCountsAsEmpty() {
    assertThat(check(Dataset.ELECTRICITY, 2, Map.of("creditCode", A, "month", "2024-01"))).isNull();
    assertThat(problems).containsExactly(new ImportProblem(2, "工业用电量（千瓦时）", "「工业用电量（千瓦时）」不能为空"));
  }

  @Test
  void refusesALaterRowWithTheSameKeyAndPeriod() {
    RowChecker checker = new RowChecker(Dataset.ELECTRICITY, TOWNSHIPS);
    assertThat(checker.check(2, Map.of("creditCode", A, "month", "2024-01", "kwh", "1"), problems)).isNotNull();
    assertThat(checker.check(3, Map.of("creditCode", A, "month", "2024-02", "kwh", "2"), problems)).isNotNull();
    assertThat(checker.check(4, Map.of("creditCode", B, "month", "2024-01", "kwh", "3"), problems)).isNotNull();
    assertThat(checker.check(5, Map.of("creditCode", A, "month", "2024-01", "kwh", "4"), problems)).isNull();
    assertThat(checker.check(6, Map.of("creditCode", A, "month", "2024-01", "kwh", "x"), problems)).isNull();
    assertThat(problems).containsExactly(
        new ImportProblem(5, "统一社会信用代码", "与第2行重复（同一统一社会信用代码和月份）"),
        new ImportProblem(6, "工业用电量（千瓦时）", "「工业用电量（千瓦时）」应为不小于0的整数"),
        new ImportProblem(6, "统一社会信用代码", "与第2行重复（同一统一社会信用代码和月份）"));
  }

  @Test
  void namesTheKeyAndDateColumnsOfADuplicate() {
    RowChecker attendance = new RowChecker(Dataset.SITE_ATTENDANCE, TOWNSHIPS);
    attendance.check(2, Map.of("projectCode", "P-1", "date", "2024-03-01", "workers", "10"), problems);
    attendance.check(3, Map.of("projectCode", "P-1", "date", "2024-03-01", "workers", "11"), problems);
    RowChecker projects = new RowChecker(Dataset.KEY_PROJECTS, TOWNSHIPS);
    projects.check(2, project("P-1"), problems);
    projects.check(9, project("P-1"), problems);
    assertThat(problems).containsExactly(
        new ImportProblem(3, "项目代码", "与第2行重复（同一项目代码和日期）"),
        new ImportProblem(9, "项目代码", "与第2行重复（同一项目代码）"));
  }

  @Test
  void reportsTheUnreadCellsOfAFileRowOnce() {
    var cells = new LinkedHashMap<String, String>();
    cells.put("creditCode", A);
    cells.put("kwh", "5");
    var unread = new ImportProblem(4, "月份", "「月份」不支持布尔值（TRUE/FALSE），请填写文字");
    RowChecker checker = new RowChecker(Dataset.ELECTRICITY, TOWNSHIPS);
    assertThat(checker.check(new FileRow(4, cells, List.of(unread)), problems)).isNull();
    assertThat(problems).containsExactly(unread);
    CheckedRow next = checker.check(new FileRow(5, Map.of("creditCode", A, "month", "2024-01", "kwh", "6"), List.of()),
        problems);
    assertThat(next).isEqualTo(new CheckedRow(5, A, "2024-01", A, Map.of("kwh", "6")));
  }

  CheckedRow check(Dataset dataset, int row, Map<String, String> cells) {
    return new RowChecker(dataset, TOWNSHIPS).check(row, cells, problems);
  }

  String creditCodeProblem(String code) {
    return problemOf(Dataset.ELECTRICITY, "creditCode", code);
  }

  /** The one problem of an otherwise valid row with the given cell, or null when it passes. */
  String problemOf(Dataset dataset, String column, String value) {
    Map<String, String> cells = new HashMap<>(validRow(dataset));
    cells.put(column, value);
    List<ImportProblem> found = new ArrayList<>();
    CheckedRow row = new RowChecker(dataset, TOWNSHIPS).check(2, cells, found);
    assertThat(found).hasSizeLessThanOrEqualTo(1);
    assertThat(row == null).isEqualTo(!found.isEmpty());
    return found.isEmpty() ? null : found.get(0).message();
  }

  static Map<String, String> validRow(Dataset dataset) {
    return switch (dataset) {
      case ELECTRICITY -> Map.of("creditCode", A, "month", "2024-01", "kwh", "1");
      case GAS -> Map.of("creditCode", A, "month", "2024-01", "m3", "1", "cityTariff", "是");
      case KEY_PROJECTS -> project("P-1");
      case SITE_ATTENDANCE -> Map.of("projectCode", "P-1", "date", "2024-01-31", "workers", "1");
      default -> throw new IllegalArgumentException(dataset.name());
    };
  }

  static Map<String, String> project(String code) {
    return Map.of("projectCode", code, "name", "洛阳桥片区改造", "level", "市重点", "township", "东园镇",
        "contractorCode", B, "contractorName", "某建设有限公司", "status", "在建");
  }
}
