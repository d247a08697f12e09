package cn.gov.qztb.subsidy.access;

import static cn.gov.qztb.subsidy.support.Filings.noStopConstruction;
import static cn.gov.qztb.subsidy.support.Filings.uniqueProjectCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.Http;
import cn.gov.qztb.subsidy.support.ProcessTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Attachment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Finding 4: Camunda checks no authorization on attachments, and its operation log showed
 * applicants what officials did. Attachments are refused to everyone but administrators; the
 * applicant's 历史 shows their own enterprise's entries only; comments go only on one's own step.
 */
@ProcessTest
class AttachmentsAndHistoryTest {

  @LocalServerPort int port;
  @Autowired ApplicationDriver driver;
  @Autowired TaskService tasks;

  Http http;
  ProcessInstance instance;
  String township;

  @BeforeEach
  void applicationAtTheTownship() {
    http = new Http(port);
    instance = driver.start("noStopConstructionBonus", "applicant2");
    driver.complete(instance, "filing", "applicant2", noStopConstruction(uniqueProjectCode()));
    township = driver.task(instance, "townshipVerification").getId();
  }

  @Test
  void attachmentsAreRefusedToEveryoneButAdministrators() {
    Attachment official = driver.as("admin", () -> tasks.createAttachment("application/pdf", township, instance.getId(),
        "现场核查记录.pdf", "内部", new ByteArrayInputStream("%PDF-1.4".getBytes(StandardCharsets.UTF_8))));

    for (String user : List.of("applicant2", "applicant5", "dongyuan", "luoyang", "keji")) {
      assertThatThrownBy(() -> driver.as(user, () -> tasks.getTaskAttachments(township)))
          .as(user).isInstanceOf(Refusal.class).hasMessageContaining("不使用流程附件功能");
      assertThatThrownBy(() -> driver.as(user, () -> { tasks.deleteTaskAttachment(township, official.getId()); return null; }))
          .as(user).isInstanceOf(Refusal.class);
      assertThat(http.basic(user, "GET", "/engine-rest/task/" + township + "/attachment/" + official.getId(), null)
          .status()).as(user).isEqualTo(403);
      assertThat(http.basic(user, "DELETE", "/engine-rest/task/" + township + "/attachment/" + official.getId(), null)
          .status()).as(user).isEqualTo(403);
    }
    assertThat(driver.as("admin", () -> tasks.getTaskAttachments(township))).hasSize(1);
  }

  @Test
  void theApplicantsHistoryShowsOnlyTheirEnterprisesEntries() {
    driver.as("dongyuan", () -> { tasks.claim(township, "dongyuan"); return null; });
    driver.as("dongyuan", () -> tasks.createComment(township, instance.getId(), "内部：电话核实项目负责人"));

    JsonNode asApplicant = http.basic("applicant2", "GET",
        "/engine-rest/history/user-operation?processInstanceId=" + instance.getId(), null).json();
    List<String> users = new ArrayList<>();
    asApplicant.forEach(entry -> users.add(entry.path("userId").asText()));
    assertThat(users).isNotEmpty().containsOnly("applicant2");

    JsonNode asTownship = http.basic("dongyuan", "GET",
        "/engine-rest/history/user-operation?processInstanceId=" + instance.getId(), null).json();
    List<String> officials = new ArrayList<>();
    asTownship.forEach(entry -> officials.add(entry.path("userId").asText()));
    assertThat(officials).contains("dongyuan", "applicant2");
    assertThat(http.basic("applicant2", "GET", "/engine-rest/history/user-operation/count?processInstanceId="
        + instance.getId(), null).status()).isEqualTo(403);
  }

  @Test
  void commentsGoOnlyOnOnesOwnStep() {
    Http.Response onOfficialsTask = http.basic("applicant2", "POST", "/engine-rest/task/" + township + "/comment/create",
        Map.of("message", "请尽快审核"));
    assertThat(onOfficialsTask.status()).isIn(403, 404);
    Http.Response otherTownship = http.basic("luoyang", "POST", "/engine-rest/task/" + township + "/comment/create",
        Map.of("message", "x"));
    assertThat(otherTownship.status()).isIn(403, 404);
    Http.Response ownStep = http.basic("dongyuan", "POST", "/engine-rest/task/" + township + "/comment/create",
        Map.of("message", "已电话核实"));
    assertThat(ownStep.status()).isEqualTo(200);
    Http.Response elsewhere = http.basic("dongyuan", "POST", "/engine-rest/task/" + township + "/comment/create",
        Map.of("message", "挂到别的申请上", "processInstanceId", driver.start("noStopConstructionBonus", "applicant2").getId()));
    assertThat(elsewhere.status()).isEqualTo(403);
    assertThat(driver.as("admin", () -> tasks.getTaskComments(township))).hasSize(1);
  }
}
