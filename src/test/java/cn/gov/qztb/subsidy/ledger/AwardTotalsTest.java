package cn.gov.qztb.subsidy.ledger;

import static cn.gov.qztb.subsidy.support.Filings.bureau;
import static cn.gov.qztb.subsidy.support.Filings.noStopConstruction;
import static cn.gov.qztb.subsidy.support.Filings.township;
import static cn.gov.qztb.subsidy.support.Filings.uniqueProjectCode;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.ProcessTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The ledger's totals: the caller's part only, each group's count and amount equal to its records, as JSON and XLSX. */
@ProcessTest
class AwardTotalsTest {

  @Autowired TestRestTemplate rest;
  @Autowired ApplicationDriver driver;

  @Test
  void theTotalsAddUpTheCallersRecordsToTheFen() throws Exception {
    ProcessInstance instance = driver.start("noStopConstructionBonus", "applicant2");
    driver.complete(instance, "filing", "applicant2", noStopConstruction(uniqueProjectCode()));
    driver.complete(instance, "townshipVerification", "dongyuan", township("APPROVE", null));
    driver.complete(instance, "bureauApproval", "keji", bureau("APPROVE", null));
    driver.runJobs(instance);

    JsonNode records = rest.withBasicAuth("applicant2", "demo").getForObject("/api/awards", JsonNode.class);
    JsonNode totals = rest.withBasicAuth("applicant2", "demo").getForObject("/api/awards/totals", JsonNode.class);
    BigDecimal recorded = BigDecimal.ZERO;
    long count = 0;
    for (JsonNode award : records) {
      if (award.path("programKey").asText().equals("noStopConstructionBonus") && award.path("status").asText().equals("APPROVED")) {
        recorded = recorded.add(new BigDecimal(award.path("amount").asText()));
        count++;
      }
    }
    JsonNode group = null;
    for (JsonNode row : totals) {
      if (row.path("program").asText().equals("春节不停工奖励") && row.path("status").asText().equals("已批准待公示")) {
        group = row;
      }
    }
    assertThat(group).isNotNull();
    assertThat(group.path("count").asLong()).isEqualTo(count);
    assertThat(new BigDecimal(group.path("amount").asText())).isEqualByComparingTo(recorded);
    assertThat(group.path("amount").asText()).matches("\\d+\\.\\d{2}");
    assertThat(group.path("township").asText()).isEqualTo("东园镇");
    assertThat(group.path("unit").asText()).isEqualTo("区科技经济发展局");
    assertThat(totals.toString()).as("another enterprise's awards are not counted").doesNotContain("企业上市扶持");

    ResponseEntity<byte[]> workbook = rest.withBasicAuth("keji", "demo").getForEntity("/api/awards/totals.xlsx", byte[].class);
    assertThat(workbook.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(workbook.getHeaders().getContentDisposition().getFilename()).isEqualTo("奖补台账汇总.xlsx");
    JsonNode kejiTotals = rest.withBasicAuth("keji", "demo").getForObject("/api/awards/totals", JsonNode.class);
    BigDecimal kejiSum = BigDecimal.ZERO;
    for (JsonNode row : kejiTotals) {
      kejiSum = kejiSum.add(new BigDecimal(row.path("amount").asText()));
    }
    try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(workbook.getBody()));
        Stream<Row> rows = book.getFirstSheet().openStream()) {
      List<Row> all = rows.toList();
      assertThat(all.get(0).getCellText(7)).isEqualTo("金额（元）");
      assertThat(all).hasSize(kejiTotals.size() + 2);
      Row last = all.get(all.size() - 1);
      assertThat(last.getCellText(0)).isEqualTo("合计");
      assertThat(last.getCellAsNumber(7).orElseThrow()).isEqualByComparingTo(kejiSum);
    }
    assertThat(rest.getForEntity("/api/awards/totals", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
