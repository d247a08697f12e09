package cn.gov.qztb.subsidy.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.application.ApplicationRepository;
import cn.gov.qztb.subsidy.application.FilingWindows;
import cn.gov.qztb.subsidy.reference.EnterpriseKind;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.Filings;
import cn.gov.qztb.subsidy.support.Http;
import cn.gov.qztb.subsidy.support.ProcessTest;
import cn.gov.qztb.subsidy.support.TestEnterprises.Staff;
import cn.gov.qztb.subsidy.support.TestEnterprises;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The clauses read closely (issue 14), on the demo's business date 2024-04-15: clause 2's
 * production start, clause 5's listing reserve list, clause 24's host region and closed
 * exhibition, and the business date the forms show.
 */
@ProcessTest
class ClauseReadingsTest {

  @Autowired ApplicationDriver driver;
  @Autowired TestEnterprises enterprises;
  @Autowired ApplicationRepository applications;
  @Autowired FilingWindows windows;
  @LocalServerPort int port;

  @Test
  void clause2ProductionCannotStartAfterTheInclusionMonth() {
    Staff staff = enterprises.staffOfNew(EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "luoyang");
    ProcessInstance instance = driver.start("newToStatisticsReward", staff.userId());

    assertThatThrownBy(() -> driver.complete(instance, "filing", staff.userId(),
        Map.of("category", "INDUSTRIAL", "inclusionMonth", "2024-02", "productionStartDate", "2024-03-01")))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("「投产日期」（productionStartDate）（2024-03-01）晚于纳统月份（2024-02），不可能先纳统后投产");
    // the last day of the inclusion month is possible
    driver.complete(instance, "filing", staff.userId(),
        Map.of("category", "INDUSTRIAL", "inclusionMonth", "2024-02", "productionStartDate", "2024-02-29"));
    assertThat(driver.variables(instance)).containsEntry("awardAmount", "300000.00");
  }

  @Test
  void clause5IsForEnterprisesOnTheListingReserveListOnly() {
    Staff outsider = enterprises.staffOfNew(EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "zhangban");
    long before = applications.count();

    assertThatThrownBy(() -> driver.start("ipoSupport", outsider.userId()))
        .hasMessageContaining("企业上市扶持仅受理区上市后备企业库内企业（第5条：强化重点上市后备企业服务协调）")
        .hasMessageContaining("未列入上市后备企业库");
    assertThat(applications.count()).isEqualTo(before);

    enterprises.onListingReserve(outsider);
    ProcessInstance instance = driver.start("ipoSupport", outsider.userId());
    driver.complete(instance, "filing", outsider.userId(),
        Map.of("stage", "SHAREHOLDING_REFORM", "stageDate", "2024-03-01", "evidenceNumber", "泉市监〔2024〕5号"));
    assertThat((String) driver.variables(instance).get("eligibilityNotes"))
        .contains("第5条：条款未规定奖补金额：股份制改造完成阶段金额为区级政策参数");
  }

  @Test
  void clause24TakesTheHostRegionFromTheListAndOnlyClosedExhibitions() {
    Staff staff = enterprises.staffOfNew(EnterpriseKind.FOREIGN_TRADE, "zhangban");
    ProcessInstance instance = driver.start("exhibitionSubsidy", staff.userId());

    for (String notAbroad : new String[] {"阿联酋", "CN", "ae", "XX"}) {
      assertThatThrownBy(() -> driver.complete(instance, "filing", staff.userId(),
          with(Filings.exhibition(), "exhibitionCountry", notAbroad)))
          .as(notAbroad).isInstanceOf(Refusal.class).hasMessageContaining("「举办国家（地区）」（exhibitionCountry）");
    }
    Map<String, Object> notOver = with(with(Filings.exhibition(), "exhibitionStartDate", "2024-04-14"),
        "exhibitionEndDate", "2024-04-16");
    assertThatThrownBy(() -> driver.complete(instance, "filing", staff.userId(), notOver))
        .hasMessageContaining("「展会闭幕日期」（exhibitionEndDate）").hasMessageContaining("2024-04-15");
    assertThatThrownBy(() -> driver.complete(instance, "filing", staff.userId(),
        with(Filings.exhibition(), "exhibitionEndDate", "2024-03-04")))
        .hasMessageContaining("「展会闭幕日期」（exhibitionEndDate）（2024-03-04）早于开幕日期（2024-03-05）");

    // 中国台湾 counts as 境外
    driver.complete(instance, "filing", staff.userId(), with(Filings.exhibition(), "exhibitionCountry", "TW"));
    assertThat((String) driver.variables(instance).get("filingSummary")).contains("举办国家（地区）：中国台湾",
        "2023年度出口额（美元）：1,500,000.00");
    assertThat(driver.variables(instance)).containsEntry("awardAmount", "44400.45");
  }

  @Test
  void theFormsShowTheBusinessDateWhenItIsNotToday() {
    ProcessInstance instance = driver.start("noStopConstructionBonus", "applicant2");

    assertThat((String) driver.variables(instance).get("businessDateNote")).contains("业务日期2024-04-15", "非今日");
    assertThat(windows.businessDay()).hasToString("2024-04-15");
    assertThat(windows.onBusinessDay()).allMatch(FilingWindows.ProgramWindow::open).hasSize(7);
  }

  @Test
  void theProgramListNeedsALoginAndOnlyReads() {
    Http http = new Http(port);
    assertThat(http.basic(null, "GET", "/api/programs", null).status()).isEqualTo(401);
    assertThat(http.basic("applicant1", "POST", "/api/programs", Map.of("open", true)).status()).isEqualTo(405);

    Http.Response answer = http.basic("applicant1", "GET", "/api/programs", null);
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().path("businessDate").asText()).isEqualTo("2024-04-15");
    assertThat(answer.json().path("programs")).hasSize(7);
    assertThat(answer.body()).contains("\"key\":\"noStopConstructionBonus\"", "\"title\":\"春节不停工奖励\"",
        "2024年版受理期2024-02-18至2024-04-30").doesNotContain("\"open\":false");
  }

  private static Map<String, Object> with(Map<String, Object> filing, String key, Object value) {
    Map<String, Object> changed = new HashMap<>(filing);
    changed.put(key, value);
    return changed;
  }
}
