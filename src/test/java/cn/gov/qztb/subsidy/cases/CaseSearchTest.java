package cn.gov.qztb.subsidy.cases;

import static cn.gov.qztb.subsidy.support.Filings.noStopConstruction;
import static cn.gov.qztb.subsidy.support.Filings.township;
import static cn.gov.qztb.subsidy.support.Filings.uniqueProjectCode;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.Http;
import cn.gov.qztb.subsidy.support.ProcessTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 案件查询: open and finished cases, each user only those they may read, searched literally. */
@ProcessTest
class CaseSearchTest {

  @LocalServerPort int port;
  @Autowired ApplicationDriver driver;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  List<String> numbers(String user, String query) {
    Http.Response response = http.basic(user, "GET", "/api/cases" + query, null);
    assertThat(response.status()).as(user + " " + query + ": " + response.body()).isEqualTo(200);
    List<String> numbers = new ArrayList<>();
    response.json().forEach(row -> numbers.add(row.path("applicationNumber").asText()));
    return numbers;
  }

  JsonNode row(String user, String number) {
    for (JsonNode row : http.basic(user, "GET", "/api/cases?q=" + number, null).json()) {
      if (row.path("applicationNumber").asText().equals(number)) {
        return row;
      }
    }
    throw new AssertionError(number + " not found by " + user);
  }

  @Test
  void eachUserFindsOnlyTheCasesTheyMayRead() {
    ProcessInstance dongyuanCase = driver.start("noStopConstructionBonus", "applicant2");
    driver.complete(dongyuanCase, "filing", "applicant2", noStopConstruction(uniqueProjectCode()));
    ProcessInstance luoyangCase = driver.start("newToStatisticsReward", "applicant1");
    String dongyuanNumber = dongyuanCase.getBusinessKey();
    String luoyangNumber = luoyangCase.getBusinessKey();

    assertThat(numbers("applicant2", "?q=" + dongyuanNumber)).containsExactly(dongyuanNumber);
    assertThat(numbers("applicant5", "?q=" + dongyuanNumber)).as("another enterprise of the same township").isEmpty();
    assertThat(numbers("dongyuan", "?q=" + dongyuanNumber)).containsExactly(dongyuanNumber);
    assertThat(numbers("luoyang", "?q=" + dongyuanNumber)).isEmpty();
    assertThat(numbers("keji", "?q=" + dongyuanNumber)).as("keji approves 春节不停工奖励").containsExactly(dongyuanNumber);
    assertThat(numbers("minsheng", "?q=" + dongyuanNumber)).isEmpty();
    assertThat(numbers("caijin", "?q=" + dongyuanNumber)).as("the paying unit reads all").containsExactly(dongyuanNumber);
    assertThat(numbers("admin", "?q=" + luoyangNumber)).containsExactly(luoyangNumber);
    assertThat(numbers("dongyuan", "?q=" + luoyangNumber)).isEmpty();
    assertThat(numbers("applicant2", "")).contains(dongyuanNumber).doesNotContain(luoyangNumber);
    assertThat(http.basic(null, "GET", "/api/cases", null).status()).isEqualTo(401);
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void anOpenCaseShowsItsStepDueDateAndWaitAndAFinishedOneIsFoundToo() {
    // filed on Tuesday 2024-10-08, after 国庆: 10-09, 10-10, 10-11, Sat 10-12 (调休), 10-14
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2024, 10, 8, 10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
    ProcessInstance open = driver.start("noStopConstructionBonus", "applicant2");
    driver.complete(open, "filing", "applicant2", noStopConstruction(uniqueProjectCode()));
    JsonNode row = row("dongyuan", open.getBusinessKey());
    assertThat(row.path("currentStep").asText()).isEqualTo("乡镇核实");
    assertThat(row.path("statusLabel").asText()).isEqualTo("已提交");
    assertThat(row.path("amountText").asText()).isEqualTo("30,000.00 元");
    assertThat(row.path("dueDay").asText()).isEqualTo("2024-10-14");
    assertThat(row.path("dueDate").asText()).isEqualTo("2024-10-14T15:59:59Z");
    assertThat(row.path("overdue").asBoolean()).isFalse();
    assertThat(row.path("waitingWorkingDays").asInt()).isZero();
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2024, 10, 15, 9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
    JsonNode later = row("dongyuan", open.getBusinessKey());
    assertThat(later.path("overdue").asBoolean()).isTrue();
    assertThat(later.path("waitingWorkingDays").asInt()).as("10-09 … 10-15, the make-up Saturday counted").isEqualTo(6);
    assertThat(row.path("enterpriseName").asText()).contains("东园建设");

    ProcessInstance rejected = driver.start("noStopConstructionBonus", "applicant2");
    driver.complete(rejected, "filing", "applicant2", noStopConstruction(uniqueProjectCode()));
    driver.complete(rejected, "townshipVerification", "dongyuan", township("REJECT", "项目未开工"));
    assertThat(numbers("dongyuan", "?state=finished&q=" + rejected.getBusinessKey())).containsExactly(rejected.getBusinessKey());
    assertThat(numbers("dongyuan", "?state=open&q=" + rejected.getBusinessKey())).isEmpty();
    assertThat(numbers("dongyuan", "?state=open&q=" + open.getBusinessKey())).containsExactly(open.getBusinessKey());
    JsonNode finished = row("dongyuan", rejected.getBusinessKey());
    assertThat(finished.path("statusLabel").asText()).isEqualTo("已驳回");
    assertThat(finished.path("currentStep").isNull()).isTrue();
  }

  @Test
  void theSearchTextIsMatchedLiterallyAndBadParametersAreNamed() {
    driver.start("noStopConstructionBonus", "applicant2");
    assertThat(numbers("admin", "?q=%25")).as("'%' matches only a '%'").isEmpty();
    assertThat(numbers("admin", "?q=_")).as("'_' matches only a '_'").isEmpty();
    assertThat(numbers("admin", "?q=%27%20or%201%3D1--")).isEmpty();

    Http.Response state = http.basic("dongyuan", "GET", "/api/cases?state=everything", null);
    assertThat(state.status()).isEqualTo(400);
    assertThat(state.message()).contains("state");
    Http.Response limit = http.basic("dongyuan", "GET", "/api/cases?limit=100000", null);
    assertThat(limit.status()).isEqualTo(400);
    assertThat(limit.message()).contains("条数", "limit");
    Http.Response program = http.basic("dongyuan", "GET", "/api/cases?program=x%27y", null);
    assertThat(program.status()).isEqualTo(400);
    assertThat(program.message()).contains("program");
    assertThat(http.basic("dongyuan", "GET", "/api/cases?q=" + "长".repeat(65), null).status()).isEqualTo(400);
    assertThat(numbers("admin", "?limit=1")).hasSize(1);
  }
}
