package cn.gov.qztb.subsidy.offer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.support.HolderDataTest;
import cn.gov.qztb.subsidy.support.Http;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The system's own processes (免申即享 matching, its batches, 数据更正复核) cannot be started by anyone over REST. */
@HolderDataTest
class OfferProcessesGuardTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void noUserStartsOrTriggersTheSystemsProcesses() {
    long before = runtime.createProcessInstanceQuery().count();
    for (String user : new String[] {"applicant1", "luoyang", "keji", "gongdian"}) {
      for (String key : new String[] {"offerMatching", "offerBatch", "dataCorrectionReview"}) {
        String path = "/engine-rest/engine/holderData/process-definition/key/" + key + "/start";
        Http.Response forged = http.basic(user, "POST", path, Map.of("businessKey", "ELE-2024-000001", "variables",
            Map.of("firstEnterprise", Map.of("value", "0"), "lastEnterprise", Map.of("value", "Z"))));
        assertThat(forged.status()).as(user + " starts " + key + " with variables").isIn(400, 403);
        Http.Response plain = http.basic(user, "POST", path, Map.of());
        assertThat(plain.status()).as(user + " starts " + key).isIn(403, 404);
      }
      for (String message : new String[] {"holderDataImported", "offerBatchPlanned"}) {
        Http.Response correlate = http.basic(user, "POST", "/engine-rest/engine/holderData/message", Map.of("messageName", message));
        assertThat(correlate.status()).as(user + " sends " + message).isIn(403, 404);
      }
    }
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
  }
}
