package cn.gov.qztb.subsidy.workflow;

import static cn.gov.qztb.subsidy.support.Filings.noStopConstruction;
import static cn.gov.qztb.subsidy.support.Filings.township;
import static cn.gov.qztb.subsidy.support.Filings.uniqueProjectCode;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.application.ApplicationRepository;
import cn.gov.qztb.subsidy.application.ApplicationStatus;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.Http;
import cn.gov.qztb.subsidy.support.ProcessTest;
import cn.gov.qztb.subsidy.support.Race;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** 撤回: the enterprise's staff, with a reason, before the township has verified; the tasks go, the subject is freed. */
@ProcessTest
class WithdrawalTest {

  static final String PROGRAM = "noStopConstructionBonus";

  @LocalServerPort int port;
  @Autowired ApplicationDriver driver;
  @Autowired ApplicationRepository applications;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  Http.Response withdraw(String user, String number, Object body) {
    return http.basic(user, "POST", "/api/applications/" + number + "/withdraw", body);
  }

  ApplicationStatus status(ProcessInstance instance) {
    return applications.findById(instance.getBusinessKey()).orElseThrow().getStatus();
  }

  ProcessInstance filed(String project) {
    ProcessInstance instance = driver.start(PROGRAM, "applicant2");
    driver.complete(instance, "filing", "applicant2", noStopConstruction(project));
    return instance;
  }

  @Test
  void aFiledApplicationIsWithdrawnBeforeVerificationItsTaskGoesAndItsSubjectIsFree() {
    String project = uniqueProjectCode();
    ProcessInstance instance = filed(project);
    String number = instance.getBusinessKey();

    for (String user : new String[] {"applicant1", "dongyuan", "keji", "admin"}) {
      assertThat(withdraw(user, number, Map.of("reason", "误报")).status()).as(user).isEqualTo(404);
    }
    Http.Response noReason = withdraw("applicant2", number, Map.of());
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.message()).contains("撤回原因");
    assertThat(status(instance)).isEqualTo(ApplicationStatus.FILED);
    assertThat(driver.isRunning(instance)).isTrue();

    Http.Response done = withdraw("applicant2", number, Map.of("reason", "项目信息有误，重新申报"));
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    assertThat(done.json().path("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(status(instance)).isEqualTo(ApplicationStatus.WITHDRAWN);
    assertThat(driver.isRunning(instance)).isFalse();
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getDeleteReason()).isEqualTo("企业撤回申请：项目信息有误，重新申报");
    assertThat(jdbc.queryForList("select comment from application_event where business_key = ? and action = 'WITHDRAWN'",
        String.class, number)).containsExactly("项目信息有误，重新申报");
    assertThat(withdraw("applicant2", number, Map.of("reason", "再撤一次")).status()).isEqualTo(409);

    // the same project may be filed again
    ProcessInstance again = filed(project);
    assertThat(status(again)).isEqualTo(ApplicationStatus.FILED);
  }

  @Test
  void aDraftIsWithdrawnButAVerifiedApplicationIsNot() {
    ProcessInstance draft = driver.start(PROGRAM, "applicant2");
    assertThat(withdraw("applicant2", draft.getBusinessKey(), Map.of("reason", "暂不申报")).status()).isEqualTo(200);
    assertThat(status(draft)).isEqualTo(ApplicationStatus.WITHDRAWN);
    assertThat(driver.isRunning(draft)).isFalse();

    ProcessInstance verified = filed(uniqueProjectCode());
    driver.complete(verified, "townshipVerification", "dongyuan", township("APPROVE", null));
    Http.Response refused = withdraw("applicant2", verified.getBusinessKey(), Map.of("reason", "不想要了"));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.message()).contains("乡镇已核实", "不能撤回");
    assertThat(status(verified)).isEqualTo(ApplicationStatus.VERIFIED);
    assertThat(driver.task(verified, "bureauApproval")).isNotNull();
  }

  @Test
  void aWithdrawalRacingTheTownshipsVerificationLeavesOneConsistentOutcome() {
    ProcessInstance instance = filed(uniqueProjectCode());
    List<Throwable> outcomes = Race.run(
        () -> driver.complete(instance, "townshipVerification", "dongyuan", township("APPROVE", null)),
        () -> {
          Http.Response response = withdraw("applicant2", instance.getBusinessKey(), Map.of("reason", "撤回"));
          if (response.status() != 200) {
            throw new IllegalStateException(response.status() + " " + response.body());
          }
        });
    assertThat(outcomes.stream().filter(Objects::isNull)).hasSize(1);
    ApplicationStatus status = status(instance);
    if (status == ApplicationStatus.WITHDRAWN) {
      assertThat(driver.isRunning(instance)).isFalse();
    } else {
      assertThat(status).isEqualTo(ApplicationStatus.VERIFIED);
      assertThat(driver.task(instance, "bureauApproval")).isNotNull();
    }
  }
}
