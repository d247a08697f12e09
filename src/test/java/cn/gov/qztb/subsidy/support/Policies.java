package cn.gov.qztb.subsidy.support;

import cn.gov.qztb.subsidy.policy.PolicyBook;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** A program's parameters as seeds/policy/ gives them, for pure rule tests without Spring. */
public final class Policies {

  private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
      .addModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private Policies() {}

  public static <P> P of(String edition, String programKey, Class<P> type) {
    try (InputStream in = Policies.class.getResourceAsStream("/seeds/policy/" + edition + ".yaml")) {
      JsonNode section = PolicyBook.programSection(YAML.readTree(in), programKey);
      return YAML.treeToValue(section, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static <P> P edition2024(String programKey, Class<P> type) {
    return of("2024", programKey, type);
  }
}
