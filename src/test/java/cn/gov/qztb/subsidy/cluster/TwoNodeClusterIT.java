package cn.gov.qztb.subsidy.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.support.AppNode;
import cn.gov.qztb.subsidy.support.Filings;
import cn.gov.qztb.subsidy.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Camunda's own clustering: two nodes of the packaged application on one PostgreSQL database,
 * the job executor active on both. 200 applications are filed on node A and approved on node B;
 * halfway through the approvals node A is killed without warning. Every application must end
 * exactly once, with exactly the right ledger total and no incident left.
 */
class TwoNodeClusterIT {

  static final int APPLICATIONS = 200;
  static final BigDecimal BONUS = new BigDecimal("30000.00");

  @Test
  void twoNodesShareTheWorkAndSurviveACrash() throws Exception {
    String url = TestDatabase.newDatabase();
    List<String> instances = new ArrayList<>();
    try (AppNode a = AppNode.clusterNode("cluster-node-a", url).awaitReady(Duration.ofMinutes(3));
        AppNode b = AppNode.clusterNode("cluster-node-b", url).awaitReady(Duration.ofMinutes(3))) {

      // filed on one node ...
      for (int i = 0; i < APPLICATIONS; i++) {
        AppNode filer = i % 2 == 0 ? a : b;
        String applicant = i % 2 == 0 ? "applicant2" : "applicant6";
        String id = filer.startApplication(applicant, "noStopConstructionBonus").path("id").asText();
        filer.complete(applicant, id, "filing", Filings.noStopConstruction("CLUSTER-" + i));
        instances.add(id);
      }
      // ... approved on the other, until node A dies halfway; then node B does the rest
      for (int i = 0; i < APPLICATIONS; i++) {
        if (i == APPLICATIONS / 2) {
          a.crash();
        }
        AppNode approver = a.alive() && i % 2 == 0 ? b : a.alive() ? a : b;
        String township = i % 2 == 0 ? "dongyuan" : "luoyang";
        approver.complete(township, instances.get(i), "townshipVerification", Filings.township("APPROVE", null));
        approver.complete("keji", instances.get(i), "bureauApproval", Filings.bureau("APPROVE", null));
      }
      assertThat(a.alive()).isFalse();

      awaitAllEnded(b, Duration.ofMinutes(3));
      assertThat(b.get("admin", "/engine-rest/incident/count").path("count").asInt()).isZero();
      // every job of the applications is done; what stays is the daily 免申即享 matching's timer start
      assertThat(b.get("admin", "/engine-rest/job/count").path("count").asInt()).isEqualTo(1);
      assertThat(b.get("admin", "/engine-rest/job/count?timers=true&processDefinitionKey=offerMatching").path("count")
          .asInt()).isEqualTo(1);
    }

    try (Connection db = DriverManager.getConnection(url, "postgres", ""); Statement sql = db.createStatement()) {
      assertThat(single(sql, "select count(*) from award where process_instance_id in (" + quoted(instances) + ")"))
          .isEqualTo(String.valueOf(APPLICATIONS));
      assertThat(single(sql, "select count(distinct business_key) from award")).isEqualTo(String.valueOf(APPLICATIONS));
      assertThat(new BigDecimal(single(sql, "select sum(amount) from award")))
          .isEqualByComparingTo(BONUS.multiply(BigDecimal.valueOf(APPLICATIONS)));
      assertThat(single(sql, "select count(*) from act_hi_procinst where end_act_id_ = 'awarded'"))
          .isEqualTo(String.valueOf(APPLICATIONS));
      // both job executors took part: the ledger jobs ran on node A before the crash and on node B after it
      List<String> hosts = column(sql, "select distinct hostname_ from act_hi_job_log where job_def_type_ = 'async-continuation'"
          + " and job_state_ = 2 order by hostname_");
      System.out.printf("TwoNodeClusterIT: %d applications awarded once each; ledger jobs completed on %s%n", APPLICATIONS, hosts);
      assertThat(hosts).containsExactly("cluster-node-a", "cluster-node-b");
    }
  }

  private static void awaitAllEnded(AppNode node, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode running = node.get("admin", "/engine-rest/process-instance/count?processDefinitionKey=noStopConstructionBonus");
      if (running.path("count").asInt() == 0) {
        return;
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("applications still running after " + timeout);
  }

  private static String single(Statement sql, String query) throws Exception {
    try (ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getString(1);
    }
  }

  private static List<String> column(Statement sql, String query) throws Exception {
    List<String> values = new ArrayList<>();
    try (ResultSet rows = sql.executeQuery(query)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  private static String quoted(List<String> ids) {
    return String.join(",", ids.stream().map(id -> "'" + id + "'").toList());
  }
}
