package cn.gov.qztb.subsidy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.Filings;
import cn.gov.qztb.subsidy.support.Scenario;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Admin, Cockpit and the error pages as their users meet them, in a real browser whose
 * language is zh-CN: the administrator finds Admin in Chinese and without the Camunda 8 banner;
 * a unit (keji) follows its applications in Cockpit with Chinese variable labels, local times,
 * amounts as 30,000.00 元, no buttons it may not use and no English authorization errors, and
 * is shown a Chinese page when it opens Admin. Screenshots under target/e2e-screenshots/ (2x-…).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class CockpitAdminBrowserE2E {

  static final String COCKPIT = "/camunda/app/cockpit/default/";
  static final String ADMIN = "/camunda/app/admin/default/";
  /** Words of Camunda's English Admin that must not be left on its pages. */
  static final List<String> ADMIN_ENGLISH = List.of("Users", "Groups", "Tenants", "Authorizations", "System", "Dashboard",
      "Create", "Edit", "Action", "Name", "Type", "Profile", "Account", "General", "Diagnostics", "Execution Metrics",
      "List of", "Add", "Delete", "Password");
  static final Pattern ISO_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
  static final String BANNER = "是时候迁移到 Camunda 8";

  @LocalServerPort int port;
  @Autowired ApplicationDriver driver;
  @Autowired TaskService tasks;

  @Test
  void adminCockpitAndErrorPagesInChinese() {
    // keji's programs: one application approved by keji for each of two programs, one waiting for its township
    approve("noStopConstructionBonus", "applicant2", Filings.noStopConstruction(Filings.uniqueProjectCode()));
    approve("exhibitionSubsidy", "applicant3", Filings.exhibition());
    ProcessInstance waiting = driver.start("noStopConstructionBonus", "applicant2");
    driver.complete(waiting, "filing", "applicant2", Filings.noStopConstruction(Filings.uniqueProjectCode()));

    try (WebappBrowser browser = new WebappBrowser("http://localhost:" + port)) {
      admin(browser);
      unitInCockpit(browser, waiting);
      adminInCockpit(browser, waiting);
      unitOpensAdmin(browser);
      amountsAndTimes(browser);
    }
  }

  /** The administrator's Admin: every page Chinese, no Camunda 8 banner. */
  private void admin(WebappBrowser browser) {
    browser.logIn("admin", "admin");
    for (String page : List.of("#/users", "#/users/admin?tab=profile", "#/groups", "#/tenants",
        "#/authorization?resource=0", "#/system?section=system-settings-general")) {
      browser.go(ADMIN + page);
      String text = browser.text();
      for (String english : ADMIN_ENGLISH) {
        assertThat(text).as("Admin " + page).doesNotContainPattern("\\b" + english + "\\b");
      }
      assertThat(text).as("Admin " + page).doesNotContain(BANNER);
      if (page.equals("#/users")) {
        browser.screenshot("20-admin-users");
        assertThat(text).contains("用户列表", "用户组", "租户", "授权", "系统", "keji", "区科技经济发展局审批员");
      }
      if (page.startsWith("#/authorization")) {
        browser.screenshot("21-admin-authorizations");
        assertThat(text).contains("授权", "应用", "允许");
      }
    }
    assertThat(browser.present(".ce-eol-banner")).as("the banner is there, hidden by user-styles.css").isPositive();
    assertThat(browser.visible(".ce-eol-banner")).isZero();
  }

  /** keji follows its applications: read-only, Chinese, local times, no English errors. */
  private void unitInCockpit(WebappBrowser browser, ProcessInstance waiting) {
    browser.logIn("cockpit", "keji");
    browser.go(COCKPIT + "#/dashboard");
    browser.awaitText("44,400.45 元");
    String dashboard = browser.text();
    assertThat(dashboard).contains("奖补台账（已入账）", "30,000.00 元", "44,400.45 元", "运行中的流程实例")
        .doesNotContain(BANNER, "does not have", "permission");
    assertThat(dashboard).as("times in the ledger").doesNotContainPattern(ISO_TIME);
    assertThat(browser.visible(".ce-eol-banner")).isZero();
    browser.screenshot("22-cockpit-unit-dashboard");

    // the engine's English refusals, as Cockpit would show them, come out in Chinese; the one
    // every unit gets from the task-by-group report is not shown at all
    browser.script("""
        const injector = angular.element(document.body).injector();
        const notifications = injector.get('Notifications');
        injector.get('$rootScope').$apply(() => {
          notifications.addError({ status: '无法加载', message: "Error: The user with id 'keji' does not have one of the"
            + " following permissions: 'READ' permission on resource 'x' of type 'ProcessInstance' or 'READ_INSTANCE'"
            + " permission on resource 'ipoSupport' of type 'ProcessDefinition'" });
          notifications.addError({ status: '无法保存', message: "The user with id 'keji' does not have 'UPDATE'"
            + " permission on resource 'x' of type 'ProcessInstance'." });
          notifications.addError({ status: '无法获取', message: "Error: The user with id 'keji' does not have 'READ'"
            + " permission on resource '*' of type 'Task'." });
        });""");
    Browser.pause(1500);
    assertThat(browser.text()).contains("无法加载", "您无权查看此内容", "无法保存", "您无权执行此操作")
        .doesNotContain("无法获取", "does not have", "permission");
    browser.script("document.querySelectorAll('.page-notifications button.close:not(.ng-hide)').forEach(b => b.click())");

    browser.go(COCKPIT + "#/tasks");
    Browser.pause(1500);
    String humanTasks = browser.text();
    assertThat(humanTasks).contains("按类型统计分配情况").doesNotContain("按组统计分配情况", "does not have", "permission", "Error");
    browser.screenshot("23-cockpit-unit-human-tasks");

    browser.go(COCKPIT + "#/process-instance/" + waiting.getId() + "/runtime?tab=variables-tab");
    browser.awaitText("申请编号");
    String instance = browser.text();
    assertThat(instance).contains("申请编号", "applicationNumber", waiting.getBusinessKey(), "奖补项目", "核定金额（元）",
        "统一社会信用代码", "申请企业", "所属乡镇", "申请人账号", "符合奖补条件", "字符串", "父流程实例 ID");
    assertThat(instance).doesNotContain("Actions", "does not have", "java.util", "<null>")
        .doesNotContainPattern("\\bnull\\b").doesNotContainPattern("\\b(String|Boolean|Object)\\b");
    assertThat(browser.script("return [...document.querySelectorAll('td.col-value.type-boolean')]"
        + ".map(cell => cell.innerText.trim()).join(',')")).isEqualTo("是");
    assertThat(browser.visible("[ng-click^='enableEditMode(']")).as("edit variable").isZero();
    assertThat(browser.visible("[ng-click^='deleteVariable(']")).as("delete variable").isZero();
    assertThat(browser.visible(".ctn-toolbar a, .ctn-toolbar button")).as("cancel, retry, add variable, suspend").isZero();
    assertThat(browser.present("[ng-click^='enableEditMode(']")).as("Cockpit rendered them: hidden, not missing").isPositive();
    browser.height(1500);
    browser.screenshot("24-cockpit-unit-instance-variables");
    browser.height(1100);

    browser.go(COCKPIT + "#/process-instance/" + waiting.getId() + "/runtime?tab=user-tasks-tab");
    browser.awaitText("乡镇核实");
    String created = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of(WebappBrowser.TIME_ZONE))
        .format(tasks.createTaskQuery().processInstanceId(waiting.getId()).singleResult().getCreateTime().toInstant());
    assertThat(browser.text()).as("created, in local time").contains(created).doesNotContainPattern(ISO_TIME);
    assertThat(browser.visible(".edit-toggle, [ng-click^='changeUserIdentityLinks('], [ng-click^='changeGroupIdentityLinks(']"))
        .as("assignee and candidates").isZero();
    browser.screenshot("25-cockpit-unit-user-tasks");

    browser.go(COCKPIT + "#/process-definition/" + waiting.getProcessDefinitionId() + "/runtime");
    browser.awaitText(waiting.getBusinessKey());
    assertThat(browser.visible(".ctn-toolbar a, .ctn-toolbar button")).as("suspend definition, job priorities").isZero();
    assertThat(browser.text()).doesNotContainPattern(ISO_TIME);
  }

  /** The administrator in the same view keeps every button, in Chinese. */
  private void adminInCockpit(WebappBrowser browser, ProcessInstance waiting) {
    browser.logIn("cockpit", "admin");
    browser.go(COCKPIT + "#/process-instance/" + waiting.getId() + "/runtime?tab=variables-tab");
    browser.awaitText("申请编号");
    assertThat(browser.visible("[ng-click^='enableEditMode(']")).isPositive();
    assertThat(browser.visible("[ng-click^='deleteVariable(']")).isPositive();
    assertThat(browser.visible(".ctn-toolbar a")).isPositive();
    assertThat(browser.text()).contains("操作").doesNotContain("Actions");
    browser.screenshot("26-cockpit-admin-instance-variables");
  }

  /** A unit has no Admin: the server's refusal is a Chinese page, not Spring Boot's Whitelabel page. */
  private void unitOpensAdmin(WebappBrowser browser) {
    browser.logIn("cockpit", "keji");
    browser.go("/camunda/app/admin/");
    assertThat(browser.text()).contains("无权访问", "您的账号无权打开此页面", "返回系统首页").doesNotContain("Whitelabel", "403",
        "Forbidden");
    assertThat(browser.script("return document.documentElement.lang")).isEqualTo("zh-CN");
    browser.screenshot("27-admin-refused-for-unit");
  }

  /** Cockpit's formatting of amounts and times, on the page's own module, with cases the demo data lacks. */
  @SuppressWarnings("unchecked")
  private void amountsAndTimes(WebappBrowser browser) {
    browser.logIn("cockpit", "keji");
    Object result = browser.asyncScript("""
        const done = arguments[arguments.length - 1];
        import('/camunda/app/cockpit/subsidy/format.js').then(format => done({
          amounts: ['1234567.89', '30000.00', '0.5', '-1000', '123', '98765432109876543210.12', 'abc', '']
            .map(format.formatAmount),
          times: ['2024-02-10T09:30:00.000+0800', '2024-02-10T01:30:00Z', '2024-02-10T09:30:00', 'no time']
            .map(format.formatTimestamp)
        })).catch(error => done({ error: String(error) }));""");
    Map<String, Object> formatted = (Map<String, Object>) result;
    assertThat(formatted).doesNotContainKey("error");
    assertThat((List<String>) formatted.get("amounts")).containsExactly("1,234,567.89 元", "30,000.00 元", "0.50 元",
        "-1,000.00 元", "123.00 元", "98,765,432,109,876,543,210.12 元", "abc", "");
    assertThat((List<String>) formatted.get("times")).containsExactly("2024-02-10 09:30", "2024-02-10 09:30",
        "2024-02-10 09:30", "no time");
  }

  private void approve(String program, String applicant, Map<String, Object> filing) {
    Scenario scenario = Scenario.all().stream().filter(s -> s.program().equals(program)).findFirst().orElseThrow();
    ProcessInstance instance = driver.start(program, applicant);
    driver.approve(instance, scenario, applicant, filing);
    assertThat(driver.isRunning(instance)).as(program + " approved and recorded").isFalse();
  }
}
