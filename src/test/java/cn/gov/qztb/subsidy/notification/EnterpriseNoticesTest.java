package cn.gov.qztb.subsidy.notification;

import static cn.gov.qztb.subsidy.support.Filings.bureau;
import static cn.gov.qztb.subsidy.support.Filings.noStopConstruction;
import static cn.gov.qztb.subsidy.support.Filings.township;
import static cn.gov.qztb.subsidy.support.Filings.uniqueProjectCode;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.ProcessTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A return, a rejection and an approval are told to the enterprise's staff, in the step's transaction. */
@ProcessTest
class EnterpriseNoticesTest {

  @Autowired ApplicationDriver driver;
  @Autowired JdbcTemplate jdbc;

  private List<Map<String, Object>> outbox(String number) {
    return jdbc.queryForList("select recipient, channel, kind, subject, body from notification_outbox"
        + " where business_key = ? order by id", number);
  }

  @Test
  void theEnterpriseHearsOfItsReturnAndApprovalAndOfNothingElse() {
    ProcessInstance instance = driver.start("noStopConstructionBonus", "applicant2");
    String number = instance.getBusinessKey();
    driver.complete(instance, "filing", "applicant2", noStopConstruction(uniqueProjectCode()));
    assertThat(outbox(number)).as("filing is not news to the one who filed").isEmpty();

    driver.complete(instance, "townshipVerification", "dongyuan", township("RETURN", "请补充2月12日的考勤表"));
    List<Map<String, Object>> returned = outbox(number);
    assertThat(returned).extracting(row -> row.get("kind")).containsOnly("RETURNED");
    assertThat(returned).extracting(row -> row.get("recipient") + "/" + row.get("channel"))
        .contains("applicant2/EMAIL", "applicant2/SMS").noneMatch(to -> to.startsWith("applicant1"));
    assertThat(returned.get(0).get("subject")).isEqualTo("申请" + number + "已退回修改");
    assertThat((String) returned.get(0).get("body")).startsWith("贵企业的春节不停工奖励申请（编号" + number
        + "）已退回修改。意见：请补充2月12日的考勤表");

    driver.complete(instance, "filing", "applicant2", noStopConstruction(uniqueProjectCode()));
    driver.complete(instance, "townshipVerification", "dongyuan", township("APPROVE", null));
    driver.complete(instance, "bureauApproval", "keji", bureau("APPROVE", null));
    driver.runJobs(instance);
    assertThat(outbox(number)).extracting(row -> row.get("kind")).containsOnly("RETURNED", "AWARDED");
    assertThat(outbox(number)).filteredOn(row -> "AWARDED".equals(row.get("kind")) && "EMAIL".equals(row.get("channel")))
        .first().satisfies(row -> {
          assertThat(row.get("subject")).isEqualTo("申请" + number + "已批准");
          assertThat((String) row.get("body")).contains("已批准，入账金额 30,000.00 元", "决定书可在“我的申请”中下载");
        });

    ProcessInstance rejected = driver.start("noStopConstructionBonus", "applicant2");
    driver.complete(rejected, "filing", "applicant2", noStopConstruction(uniqueProjectCode()));
    driver.complete(rejected, "townshipVerification", "dongyuan", township("REJECT", "项目未在春节期间施工"));
    assertThat(outbox(rejected.getBusinessKey())).extracting(row -> row.get("subject"))
        .contains("申请" + rejected.getBusinessKey() + "未获批准");
  }
}
