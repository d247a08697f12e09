package cn.gov.qztb.subsidy.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.ledger.Award;
import cn.gov.qztb.subsidy.ledger.AwardRepository;
import cn.gov.qztb.subsidy.ledger.AwardStatus;
import cn.gov.qztb.subsidy.ledger.AwardStatuses;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.Http;
import cn.gov.qztb.subsidy.support.ProcessTest;
import cn.gov.qztb.subsidy.support.Scenario;
import cn.gov.qztb.subsidy.support.TestEnterprises;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Clause 33: once publicized, the gas company confirms the bill credits, to the fen, and the award is SETTLED. */
@ProcessTest
@TestPropertySource(properties = "camunda.bpm.process-engine-name=publicity")
class BillSettlementTest {

  @LocalServerPort int port;
  @Autowired ApplicationDriver driver;
  @Autowired TestEnterprises enterprises;
  @Autowired AwardRepository awards;
  @Autowired AwardStatuses statuses;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  @Test
  void aPublicizedGasDiscountIsSettledOnTheBillsNeverPaid() {
    Scenario gas = Scenario.all().get(6);
    TestEnterprises.Staff staff = enterprises.staffOfNew(gas);
    ProcessInstance application = driver.start(gas.program(), staff.userId());
    driver.approve(application, gas, staff.userId(), gas.filing().get());
    Award award = awards.findByBusinessKey(application.getBusinessKey()).orElseThrow();
    assertThat(award.getAmount()).isEqualByComparingTo("28000.00");

    String number = new Http(port).basic("zhifa", "POST", "/api/publicity", null).json().path("number").asText();
    ProcessInstance list = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
    driver.complete(list, "compilePublicity", "zhifa", Map.of("publicityDecision", "PUBLISH"));
    management.executeJob(management.createJobQuery().processInstanceId(list.getId()).timers().singleResult().getId());
    driver.runJobs(list);
    assertThat(statuses.of(award.getId())).isEqualTo(AwardStatus.PUBLICIZED);

    ProcessInstance settlement = runtime.createProcessInstanceQuery().processDefinitionKey("billSettlement")
        .processInstanceBusinessKey(application.getBusinessKey()).singleResult();
    assertThat(tasks.getIdentityLinksForTask(driver.task(settlement, "confirmBillCredits").getId()))
        .extracting(link -> link.getGroupId()).containsExactly("holderRanqi");
    assertThatThrownBy(() -> driver.complete(settlement, "confirmBillCredits", "zhifa",
        Map.of("billCredits", "RQ202403-001,28000.00"))).isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> driver.complete(settlement, "confirmBillCredits", "ranqi",
        Map.of("billCredits", "RQ202403-001,20000.00\nRQ202404-002,7999.99")))
        .isInstanceOf(Refusal.class).hasMessageContaining("合计27,999.99 元，与奖补金额28,000.00 元不符");
    assertThatThrownBy(() -> driver.complete(settlement, "confirmBillCredits", "ranqi",
        Map.of("billCredits", "RQ202403-001,20000.001\nRQ202403-001,8000")))
        .isInstanceOf(Refusal.class).hasMessageContaining("第1行").hasMessageContaining("第2行的账单号RQ202403-001重复");
    assertThat(statuses.of(award.getId())).isEqualTo(AwardStatus.PUBLICIZED);

    driver.complete(settlement, "confirmBillCredits", "ranqi", Map.of("billCredits", "RQ202403-001,20000.00\nRQ202404-002,8000"));

    assertThat(statuses.of(award.getId())).isEqualTo(AwardStatus.SETTLED);
    assertThat(AwardStatus.SETTLED.mayBecome(AwardStatus.ORDERED)).isFalse();
  }
}
