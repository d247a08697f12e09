package cn.gov.qztb.subsidy.ledger;

import static cn.gov.qztb.subsidy.support.Filings.bureau;
import static cn.gov.qztb.subsidy.support.Filings.noStopConstruction;
import static cn.gov.qztb.subsidy.support.Filings.township;
import static cn.gov.qztb.subsidy.support.Filings.uniqueProjectCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.Http;
import cn.gov.qztb.subsidy.support.ProcessTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The ledger's status: APPROVED on approval, then only the allowed transitions, one winner of a race. */
@ProcessTest
class AwardStatusTest {

  @LocalServerPort int port;
  @Autowired ApplicationDriver driver;
  @Autowired AwardRepository awards;
  @Autowired AwardStatuses statuses;
  @Autowired JdbcTemplate jdbc;

  private Award approved() {
    ProcessInstance instance = driver.start("noStopConstructionBonus", "applicant2");
    driver.complete(instance, "filing", "applicant2", noStopConstruction(uniqueProjectCode()));
    driver.complete(instance, "townshipVerification", "dongyuan", township("APPROVE", null));
    driver.complete(instance, "bureauApproval", "keji", bureau("APPROVE", null));
    driver.runJobs(instance);
    return awards.findByBusinessKey(instance.getBusinessKey()).orElseThrow();
  }

  @Test
  void anApprovedAwardIsApprovedAndTheApiSaysSo() {
    Award award = approved();
    assertThat(statuses.of(award.getId())).isEqualTo(AwardStatus.APPROVED);

    JsonNode listed = null;
    for (JsonNode node : new Http(port).basic("admin", "GET", "/api/awards", null).json()) {
      if (node.path("applicationNumber").asText().equals(award.getBusinessKey())) {
        listed = node;
      }
    }
    assertThat(listed).isNotNull();
    assertThat(listed.path("status").asText()).isEqualTo("APPROVED");
    assertThat(listed.path("statusLabel").asText()).isEqualTo("已批准待公示");
  }

  @Test
  void onlyTheAllowedTransitionsFromTheCurrentStatusHappenAndEachIsRecorded() {
    Award award = approved();

    assertThatThrownBy(() -> statuses.move(award.getId(), AwardStatus.APPROVED, AwardStatus.PAID, "caijin", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> statuses.move(award.getId(), AwardStatus.PUBLICIZED, AwardStatus.ORDERED, "caijin", null))
        .isInstanceOf(Refusal.class).hasMessageContaining("当前状态为“已批准待公示”");
    statuses.move(award.getId(), AwardStatus.APPROVED, AwardStatus.IN_PUBLICITY, "keji", "列入公示");
    statuses.move(award.getId(), AwardStatus.IN_PUBLICITY, AwardStatus.PUBLICIZED, null, "公示期满无异议");

    assertThat(statuses.of(award.getId())).isEqualTo(AwardStatus.PUBLICIZED);
    assertThat(jdbc.queryForList("select from_status || '>' || to_status from award_status_event where award_id = ?"
        + " order by id", String.class, award.getId())).containsExactly("APPROVED>IN_PUBLICITY", "IN_PUBLICITY>PUBLICIZED");
    assertThat(AwardStatus.PAID.mayBecome(AwardStatus.ORDERED)).isFalse();
    assertThat(AwardStatus.WITHDRAWN.mayBecome(AwardStatus.IN_PUBLICITY)).isFalse();
    assertThat(AwardStatus.PAYMENT_FAILED.mayBecome(AwardStatus.ORDERED)).isTrue();
  }

  @Test
  void ofEightRacingMovesExactlyOneWins() throws InterruptedException {
    Award award = approved();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    CountDownLatch go = new CountDownLatch(1);
    AtomicInteger won = new AtomicInteger();
    List<Throwable> refused = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 8; i++) {
      threads.submit(() -> {
        try {
          go.await();
          statuses.move(award.getId(), AwardStatus.APPROVED, AwardStatus.IN_PUBLICITY, "keji", null);
          won.incrementAndGet();
        } catch (Throwable e) {
          refused.add(e);
        }
        return null;
      });
    }
    go.countDown();
    threads.shutdown();
    assertThat(threads.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

    assertThat(won.get()).isEqualTo(1);
    assertThat(refused).hasSize(7).allMatch(e -> e instanceof Refusal);
    assertThat(jdbc.queryForObject("select count(*) from award_status_event where award_id = ?", Integer.class,
        award.getId())).isEqualTo(1);
  }
}
