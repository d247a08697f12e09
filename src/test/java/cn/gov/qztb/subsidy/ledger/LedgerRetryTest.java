package cn.gov.qztb.subsidy.ledger;

import static cn.gov.qztb.subsidy.support.Filings.bureau;
import static cn.gov.qztb.subsidy.support.Filings.noStopConstruction;
import static cn.gov.qztb.subsidy.support.Filings.township;
import static cn.gov.qztb.subsidy.support.Filings.uniqueProjectCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.qztb.subsidy.application.ApplicationRepository;
import cn.gov.qztb.subsidy.application.ApplicationStatus;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.ProcessTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ledger write runs as its own job after the approval: when the database refuses it, the
 * approval stays saved, the job retries, an incident shows in Cockpit once the retries are spent,
 * and a retry after the fault is gone writes exactly one record.
 */
@ProcessTest
class LedgerRetryTest {

  @Autowired ProcessEngine engine;
  @Autowired ApplicationDriver driver;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired AwardRepository awards;
  @Autowired ApplicationRepository applications;
  @Autowired LedgerService ledger;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aFailedLedgerWriteBecomesAnIncidentAndARetryRecordsOneAward() {
    BpmnAwareTests.init(engine);
    ProcessInstance instance = driver.start("noStopConstructionBonus", "applicant2");
    driver.complete(instance, "filing", "applicant2", noStopConstruction(uniqueProjectCode()));
    driver.complete(instance, "townshipVerification", "dongyuan", township("APPROVE", null));
    driver.complete(instance, "bureauApproval", "keji", bureau("APPROVE", null));
    String key = instance.getBusinessKey();
    Job job = management.createJobQuery().processInstanceId(instance.getId()).singleResult();

    // a database fault that refuses exactly this application's ledger row
    jdbc.execute("alter table award add constraint test_ledger_fault check (business_key <> '" + key + "')");
    try {
      int attempts = 0;
      while (management.createJobQuery().jobId(job.getId()).singleResult().getRetries() > 0) {
        attempts++;
        try {
          management.executeJob(job.getId());
        } catch (RuntimeException expected) {
          // the job executor would log it and try again later
        }
      }
      assertThat(attempts).isGreaterThan(1);
    } finally {
      jdbc.execute("alter table award drop constraint test_ledger_fault");
    }

    Incident incident = runtime.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(incident.getIncidentType()).isEqualTo("failedJob");
    assertThat(incident.getActivityId()).isEqualTo("recordAward");
    assertThat(awards.findByBusinessKey(key)).isEmpty();
    assertThat(applications.findById(key).orElseThrow().getStatus()).isEqualTo(ApplicationStatus.APPROVED);
    assertThat(instance).isWaitingAt("recordAward").hasPassed("bureauApproval");

    management.setJobRetries(job.getId(), 1); // what Cockpit's "retry" does
    management.executeJob(job.getId());

    assertThat(instance).isEnded().hasPassed("awarded");
    assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from award where business_key = ?", Integer.class, key)).isEqualTo(1);
    assertThat(awards.findByBusinessKey(key).orElseThrow().getAmount()).isEqualByComparingTo("30000.00");
  }

  @Test
  void recordingTwiceKeepsOneRecord() {
    ProcessInstance instance = driver.start("noStopConstructionBonus", "applicant2");
    driver.complete(instance, "filing", "applicant2", noStopConstruction(uniqueProjectCode()));
    driver.complete(instance, "townshipVerification", "dongyuan", township("APPROVE", null));
    driver.complete(instance, "bureauApproval", "keji", bureau("APPROVE", null));
    driver.runJobs(instance);

    Award first = awards.findByBusinessKey(instance.getBusinessKey()).orElseThrow();
    Award again = ledger.record(instance.getId());

    assertThat(again.getId()).isEqualTo(first.getId());
    assertThat(jdbc.queryForObject("select count(*) from award where business_key = ?", Integer.class,
        instance.getBusinessKey())).isEqualTo(1);
  }
}
