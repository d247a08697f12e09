package cn.gov.qztb.subsidy.access;

import static cn.gov.qztb.subsidy.support.Filings.noStopConstruction;
import static cn.gov.qztb.subsidy.support.Filings.uniqueProjectCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.Http;
import cn.gov.qztb.subsidy.support.ProcessTest;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Findings 6 and 7: object variables the client names a class for, oversized text, comments and
 * JSON, and deeply nested JSON. Each is a 400 with a Chinese message, never a 500, and nothing is
 * written.
 */
@ProcessTest
class InputLimitsTest {

  @LocalServerPort int port;
  @Autowired ApplicationDriver driver;
  @Autowired RuntimeService runtime;

  Http http;
  ProcessInstance instance;
  String filing;

  @BeforeEach
  void draft() {
    http = new Http(port);
    instance = driver.start("noStopConstructionBonus", "applicant2");
    filing = driver.task(instance, "filing").getId();
  }

  @Test
  void theEngineDeserializesOnlyAllowedTypes() {
    runtime.setVariable(instance.getId(), "payload", Variables.serializedObjectValue("\"/etc/passwd\"")
        .objectTypeName("java.io.File")
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    assertThatThrownBy(() -> runtime.getVariable(instance.getId(), "payload"))
        .hasStackTraceContaining("not whitelisted for deserialization: [java.io.File]");
    runtime.removeVariable(instance.getId(), "payload");
  }

  @Test
  void objectJsonAndBytesVariablesAreRefused() {
    for (String type : new String[] {"Object", "Json", "Bytes", "File", "Xml"}) {
      Map<String, Object> variables = Http.variables(noStopConstruction(uniqueProjectCode()));
      variables.put("projectName", Map.of("value", "{}", "type", type,
          "valueInfo", Map.of("objectTypeName", "java.io.File", "serializationDataFormat", "application/json")));
      Http.Response response = http.basic("applicant2", "POST", "/engine-rest/task/" + filing + "/complete",
          Map.of("variables", variables));
      assertThat(response.status()).as(type).isEqualTo(400);
      assertThat(response.message()).as(type).contains("「项目名称」（projectName）");
    }
    assertThat(driver.task(instance, "filing").getId()).isEqualTo(filing);
  }

  @Test
  void oversizedTextCommentsAndBodiesAreRefused() {
    Map<String, Object> values = new HashMap<>(noStopConstruction(uniqueProjectCode()));
    values.put("projectName", "工".repeat(5000));
    Http.Response longText = http.basic("applicant2", "POST", "/engine-rest/task/" + filing + "/complete",
        Map.of("variables", Http.variables(values)));
    assertThat(longText.status()).isEqualTo(400);
    assertThat(longText.message()).contains("「项目名称」（projectName）过长");

    Http.Response hugeComment = http.basic("applicant2", "POST", "/engine-rest/task/" + filing + "/comment/create",
        Map.of("message", "x".repeat(5 * 1024 * 1024)));
    assertThat(hugeComment.status()).isEqualTo(400);
    assertThat(hugeComment.message()).contains("提交的内容过大");

    Http.Response longComment = http.basic("applicant2", "POST", "/engine-rest/task/" + filing + "/comment/create",
        Map.of("message", "意".repeat(1001)));
    assertThat(longComment.status()).isEqualTo(400);
    assertThat(longComment.message()).contains("不能超过1000个字");

    Http.Response hugeAdminBody = http.basic("admin", "PUT", "/engine-rest/process-instance/" + instance.getId()
        + "/variables/payload", Map.of("value", "x".repeat(3 * 1024 * 1024), "type", "Json"));
    assertThat(hugeAdminBody.status()).isEqualTo(400);
    assertThat(runtime.getVariable(instance.getId(), "payload")).isNull();
  }

  @Test
  void deeplyNestedJsonIsABadRequest() {
    String deep = "{\"variables\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
    for (String user : new String[] {"applicant2", "admin"}) {
      Http.Response response = http.basic(user, "POST", "/engine-rest/task/" + filing + "/complete", deep);
      assertThat(response.status()).as(user).isEqualTo(400);
      assertThat(response.message()).contains("嵌套层级过深");
    }
    assertThat(driver.task(instance, "filing").getId()).isEqualTo(filing);
  }
}
