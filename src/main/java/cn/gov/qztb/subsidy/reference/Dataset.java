package cn.gov.qztb.subsidy.reference;

import java.util.List;
import java.util.Optional;

/**
 * A dataset a data holder exports to the platform (免申即享): its columns as the holder's export
 * names them, which of them identify a record, and who may import it. Declared once; the importer,
 * the programs and the page read it from here.
 */
public enum Dataset {
  ELECTRICITY("electricity", "工业用电量", "gongdian", List.of(
      Column.key("creditCode", "统一社会信用代码", ColumnKind.CREDIT_CODE),
      Column.period("month", "月份", ColumnKind.MONTH),
      Column.value("kwh", "工业用电量（千瓦时）", ColumnKind.COUNT))),
  UNEMPLOYMENT_INSURANCE("unemployment-insurance", "失业保险参保人数", "minsheng", List.of(
      Column.key("creditCode", "统一社会信用代码", ColumnKind.CREDIT_CODE),
      Column.period("month", "月份", ColumnKind.MONTH),
      Column.value("insured", "失业保险参保人数", ColumnKind.COUNT))),
  GAS("gas", "管道燃气用气量", "ranqi", List.of(
      Column.key("creditCode", "统一社会信用代码", ColumnKind.CREDIT_CODE),
      Column.period("month", "月份", ColumnKind.MONTH),
      Column.value("m3", "用气量（立方米）", ColumnKind.COUNT),
      Column.value("cityTariff", "执行全市非居民管道燃气价格", ColumnKind.YES_NO))),
  STATISTICS_INCLUSION("statistics-inclusion", "新纳统企业", "keji", List.of(
      Column.key("creditCode", "统一社会信用代码", ColumnKind.CREDIT_CODE),
      Column.value("category", "纳统类别", ColumnKind.choice("规上工业", "限上批发零售", "限上住宿餐饮", "规上服务业")),
      Column.value("month", "纳统月份", ColumnKind.MONTH),
      Column.optional("productionDate", "投产日期", ColumnKind.DATE))),
  KEY_PROJECTS("key-projects", "重点项目库", "xiangmu", List.of(
      Column.key("projectCode", "项目代码", ColumnKind.CODE),
      Column.value("name", "项目名称", ColumnKind.TEXT),
      Column.value("level", "项目级别", ColumnKind.choice("省重点", "市重点", "区重点", "其他")),
      Column.value("township", "项目所在乡镇", ColumnKind.TOWNSHIP),
      Column.party("contractorCode", "施工单位统一社会信用代码", ColumnKind.CREDIT_CODE),
      Column.value("contractorName", "施工单位名称", ColumnKind.TEXT),
      Column.value("status", "状态", ColumnKind.choice("在建", "停建", "竣工")))),
  SITE_ATTENDANCE("site-attendance", "施工现场在岗人数（实名制）", "ziran", List.of(
      Column.key("projectCode", "项目代码", ColumnKind.CODE),
      Column.period("date", "日期", ColumnKind.DATE),
      Column.value("workers", "在岗工人数", ColumnKind.COUNT)));

  private final String id;
  private final String title;
  private final String holderCode;
  private final List<Column> columns;

  Dataset(String id, String title, String holderCode, List<Column> columns) {
    this.id = id;
    this.title = title;
    this.holderCode = holderCode;
    this.columns = columns;
  }

  /** The name in URLs and files, e.g. {@code unemployment-insurance}. */
  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  /** The code of the district unit or data holder whose staff import it. */
  public String holderCode() {
    return holderCode;
  }

  public List<Column> columns() {
    return columns;
  }

  public Column keyColumn() {
    return columns.stream().filter(c -> c.role() == Column.Role.KEY).findFirst().orElseThrow();
  }

  /** The column that names the period of a figure (a month, a day); empty for registries. */
  public Optional<Column> periodColumn() {
    return columns.stream().filter(c -> c.role() == Column.Role.PERIOD).findFirst();
  }

  /** The enterprise a record concerns: the key for enterprise figures, the contractor of a project. */
  public Optional<Column> partyColumn() {
    if (keyColumn().kind() == ColumnKind.CREDIT_CODE) {
      return Optional.of(keyColumn());
    }
    return columns.stream().filter(c -> c.role() == Column.Role.PARTY).findFirst();
  }

  public static Optional<Dataset> byId(String id) {
    for (Dataset dataset : values()) {
      if (dataset.id.equals(id)) {
        return Optional.of(dataset);
      }
    }
    return Optional.empty();
  }

  /** One column: its name in the programs ({@code kwh}), its header in the file, its kind. */
  public record Column(String name, String header, ColumnKind kind, Role role, boolean required) {

    public enum Role { KEY, PERIOD, PARTY, VALUE }

    static Column key(String name, String header, ColumnKind kind) {
      return new Column(name, header, kind, Role.KEY, true);
    }

    static Column period(String name, String header, ColumnKind kind) {
      return new Column(name, header, kind, Role.PERIOD, true);
    }

    static Column party(String name, String header, ColumnKind kind) {
      return new Column(name, header, kind, Role.PARTY, true);
    }

    static Column value(String name, String header, ColumnKind kind) {
      return new Column(name, header, kind, Role.VALUE, true);
    }

    static Column optional(String name, String header, ColumnKind kind) {
      return new Column(name, header, kind, Role.VALUE, false);
    }
  }
}
