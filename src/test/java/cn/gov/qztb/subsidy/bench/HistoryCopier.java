package cn.gov.qztb.subsidy.bench;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Multiplies finished applications in PostgreSQL: copies the history rows (and the
 * authorizations) of finished process instances with fresh ids, derived as md5(id || ':' || copy)
 * so that the rows of one copy still point at each other. Far faster than running the
 * lifecycles, and the tables end up with the same rows a real history would have.
 */
final class HistoryCopier {

  static final List<String> TABLES = List.of("act_hi_procinst", "act_hi_actinst", "act_hi_taskinst", "act_hi_varinst",
      "act_hi_detail", "act_hi_identitylink", "act_hi_op_log", "act_hi_job_log");
  static final Set<String> ID_COLUMNS = Set.of("id_", "proc_inst_id_", "root_proc_inst_id_", "execution_id_", "task_id_",
      "act_inst_id_", "parent_act_inst_id_", "var_inst_id_", "bytearray_id_", "job_id_", "super_process_instance_id_",
      "call_proc_inst_id_", "parent_task_id_", "ext_task_id_", "job_exception_stack_id_", "operation_id_");

  private final JdbcTemplate jdbc;

  HistoryCopier(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds {@code copies} copies of every finished instance of the process definition key. */
  void copy(String processDefinitionKey, int firstCopy, int copies) {
    String finished = "select proc_inst_id_ from act_hi_procinst where end_time_ is not null and proc_def_key_ = '"
        + processDefinitionKey + "' and id_ = proc_inst_id_ and business_key_ not like 'COPY%'";
    for (String table : TABLES) {
      List<String> columns = jdbc.queryForList("select column_name from information_schema.columns where table_name = ?"
          + " order by ordinal_position", String.class, table);
      String select = columns.stream().map(column -> ID_COLUMNS.contains(column)
          ? "case when " + column + " is null then null else md5(" + column + " || ':' || c) end"
          : column.equals("business_key_") ? "'COPY' || c || '-' || business_key_" : column)
          .collect(Collectors.joining(", "));
      jdbc.update("insert into " + table + " (" + String.join(", ", columns) + ") select " + select + " from " + table
          + ", generate_series(" + firstCopy + ", " + (firstCopy + copies - 1) + ") c where " + instanceColumn(table)
          + " in (" + finished + ")");
    }
    // the grants each finished application leaves behind: its instance, its history, its tasks' history
    List<String> columns = jdbc.queryForList("select column_name from information_schema.columns"
        + " where table_name = 'act_ru_authorization' order by ordinal_position", String.class);
    String select = columns.stream().map(column -> switch (column) {
      case "id_", "resource_id_" -> "md5(" + column + " || ':' || c)";
      case "root_proc_inst_id_" -> "case when root_proc_inst_id_ is null then null else md5(root_proc_inst_id_ || ':' || c) end";
      default -> column;
    }).collect(Collectors.joining(", "));
    jdbc.update("insert into act_ru_authorization (" + String.join(", ", columns) + ") select " + select
        + " from act_ru_authorization, generate_series(" + firstCopy + ", " + (firstCopy + copies - 1) + ") c"
        + " where resource_id_ in (" + finished + ") or resource_id_ in (select id_ from act_hi_taskinst"
        + " where proc_inst_id_ in (" + finished + "))");
    jdbc.execute("analyze");
  }

  private static String instanceColumn(String table) {
    return switch (table) {
      case "act_hi_job_log" -> "process_instance_id_";
      case "act_hi_identitylink" -> "root_proc_inst_id_";
      default -> "proc_inst_id_";
    };
  }
}
