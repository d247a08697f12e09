package cn.gov.qztb.subsidy.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.support.ProcessTest;
import cn.gov.qztb.subsidy.workflow.ProcessVariables;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The server sends our styles and Cockpit scripts in place of Camunda's: the Camunda 8 banner
 * hidden, Cockpit's scripts for units (subsidy/clerk.js, subsidy/format.js) and the holders'
 * 数据导入 page (subsidy/imports.js) registered and served, and the Chinese labels of the
 * application's variables. What they do in a browser is shown by e2e/CockpitAdminBrowserE2E and
 * e2e/DataImportBrowserE2E.
 */
@ProcessTest
class WebappOverlaysTest {

  /** The process variables every program shares, and what a clerk calls them. */
  static final Map<String, String> VARIABLE_LABELS = new LinkedHashMap<>();

  static {
    String[][] labels = {
        {"applicationNumber", "申请编号"}, {"programTitle", "奖补项目"}, {"policyEdition", "政策版本"},
        {"enterpriseCode", "统一社会信用代码"}, {"enterpriseName", "申请企业"}, {"townshipName", "所属乡镇"},
        {"applicationStatus", "申请状态"}, {"applicationStatusLabel", "申请状态（中文）"}, {"filingSummary", "申报内容"},
        {"eligible", "符合奖补条件"}, {"awardAmount", "核定金额（元）"}, {"eligibilityNotes", "审查意见"},
        {"returnComment", "退回修改意见"}, {"returnedBy", "退回环节"}, {"rejectionReason", "驳回理由"},
        {"awardRecordId", "台账记录号"}, {"formLabels", "表单标签"}, {"applicantUserId", "申请人账号"},
        {"townshipDecision", "乡镇核实结论"}, {"townshipComment", "乡镇核实意见"}, {"bureauDecision", "部门审批结论"},
        {"bureauComment", "部门审批意见"}, {"certificationDecision", "重点企业认定结论"},
        {"certificationComment", "重点企业认定意见"}, {"awardAmountText", "核定金额"}, {"applicationHistory", "办理记录"},
        {"overdue", "已超过办理时限"}, {"overdueNote", "办理时限提醒"}, {"businessDateNote", "业务日期"},
        {"figuresConfirmed", "已核对认定依据数据"}, {"offerNote", "免申即享提示"}, {"dataComparison", "与数据持有单位数据比对"},
        {"dataCorrections", "数据更正提示"}, {"offerDecision", "申领意见"}, {"offerComment", "申领说明"},
        {"correctionDecision", "复核结论"}, {"correctionComment", "复核意见"}, {"offerCursor", "匹配进度"},
        {"offersMade", "已推送数量"}};
    for (String[] label : labels) {
      VARIABLE_LABELS.put(label[0], label[1]);
    }
  }

  @Autowired TestRestTemplate http;

  @ParameterizedTest
  @ValueSource(strings = {"admin", "cockpit", "tasklist", "welcome"})
  void theCamunda8BannerIsHidden(String app) {
    String css = get("/camunda/app/" + app + "/styles/user-styles.css");
    assertThat(css.replaceAll("\\s+", " ")).contains(".ce-eol-banner { display: none !important; }");
  }

  @Test
  void cockpitLoadsTheScriptsForUnits() {
    assertThat(get("/camunda/app/cockpit/scripts/config.js")).contains("'subsidy/cases'", "'subsidy/awards'", "'subsidy/clerk'",
        "'subsidy/imports'", "'subsidy/payments'");
    assertThat(get("/camunda/app/cockpit/subsidy/cases.js")).contains("'/api/cases?'", "from './format.js'");
    assertThat(get("/camunda/app/cockpit/subsidy/imports.js")).contains("'/api/data-imports'", "'X-XSRF-TOKEN'",
        "pluginPoint: 'cockpit.route'", "pluginPoint: 'cockpit.navigation'", "from './format.js'");
    assertThat(get("/camunda/app/cockpit/subsidy/clerk.js")).contains("import { ISO_TIMESTAMP, formatTimestamp } from './format.js'");
    assertThat(get("/camunda/app/cockpit/subsidy/awards.js")).contains("from './format.js'");
    assertThat(get("/camunda/app/cockpit/subsidy/payments.js")).contains("'/api/payment-batches'", "'X-XSRF-TOKEN'",
        "pluginPoint: 'cockpit.dashboard'", "from './format.js'");
    assertThat(get("/camunda/app/cockpit/subsidy/format.js")).contains("export function formatAmount", "export function formatTimestamp");
    assertThat(get("/camunda/app/cockpit/styles/user-styles.css")).contains("body.subsidy-read-only");
  }

  /** One map, in clerk.js, names every shared variable; nothing else is in it. */
  @Test
  void everySharedVariableHasItsChineseLabel() {
    String script = get("/camunda/app/cockpit/subsidy/clerk.js");
    int start = script.indexOf("VARIABLE_LABELS = Object.freeze({");
    String map = script.substring(start, script.indexOf("});", start));
    Map<String, String> labels = new LinkedHashMap<>();
    Matcher entry = Pattern.compile("(\\w+): '([^']*)'").matcher(map);
    while (entry.find()) {
      labels.put(entry.group(1), entry.group(2));
    }
    assertThat(labels).containsExactlyEntriesOf(VARIABLE_LABELS);
    for (Field constant : ProcessVariables.class.getFields()) {
      if (Modifier.isStatic(constant.getModifiers()) && constant.getType() == String.class) {
        try {
          assertThat(labels).as("ProcessVariables." + constant.getName()).containsKey((String) constant.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }

  private String get(String path) {
    ResponseEntity<byte[]> response = http.getForEntity(path, byte[].class);
    assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return new String(response.getBody(), UTF_8);
  }
}
