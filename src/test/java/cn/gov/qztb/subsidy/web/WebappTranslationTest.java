package cn.gov.qztb.subsidy.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.support.ProcessTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The Simplified Chinese overlays of Tasklist, Cockpit, Admin and the welcome/login pages: every
 * key of Camunda's English file is translated, no English is left where Chinese belongs, and the
 * server sends our files rather than the webjar's.
 */
@ProcessTest
class WebappTranslationTest {

  static final String APP = "META-INF/resources/webjars/camunda/app/";
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}");
  static final ObjectMapper JSON = new ObjectMapper();
  /** English plural ending that Cockpit glues to a noun ("instance" + "s"); Chinese has none, so it stays empty. */
  static final String PLURAL_SUFFIX = "s";
  /** Markup and placeholders, which stay as they are: not text to translate. */
  static final Pattern NOT_TEXT = Pattern.compile("\\{\\{.*?}}|<[^>]*>|&\\w+;");
  static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{2,}");
  static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
  /** Values Chinese users read as they are: names of products and formats, abbreviations. */
  static final Set<String> KEPT_AS_IS = Set.of("Camunda", "Optimize", "ID", "ID*", "CSV", "JSON", "YYYY-MM-DDTHH:mm:ss");

  @Autowired TestRestTemplate http;

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
  void chineseHasEveryEnglishKeyAndPlaceholder(String app) throws IOException {
    Map<String, String> en = leaves(webjarEnglish(app));
    Map<String, String> zh = leaves(ourChinese(app));
    List<String> problems = new ArrayList<>();
    en.keySet().stream().filter(key -> !zh.containsKey(key)).forEach(key -> problems.add("missing in zh: " + key));
    zh.keySet().stream().filter(key -> !en.containsKey(key)).forEach(key -> problems.add("not in en: " + key));
    en.forEach((key, english) -> {
      String chinese = zh.get(key);
      if (chinese == null) {
        return;
      }
      if (chinese.isBlank() && !english.isBlank() && !english.equals(PLURAL_SUFFIX)) {
        problems.add("empty: " + key);
      }
      PLACEHOLDER.matcher(english).results().map(MatchResult::group).filter(p -> !chinese.contains(p))
          .forEach(p -> problems.add("placeholder " + p + " missing: " + key));
      if (key.startsWith("labels.") && isEnglishLeft(english, chinese)) {
        problems.add("English left: " + key + " = " + chinese);
      }
    });
    System.out.printf("%s: %d keys checked%n", app, en.size());
    assertThat(problems).isEmpty();
  }

  /**
   * A label that still reads as English: the English text has words, and the Chinese has
   * English words but no Chinese character (say "Users" kept for "Users"), unless it is a name
   * kept as it is.
   */
  static boolean isEnglishLeft(String english, String chinese) {
    String englishText = NOT_TEXT.matcher(english).replaceAll("");
    String chineseText = NOT_TEXT.matcher(chinese).replaceAll("");
    return ENGLISH_WORD.matcher(englishText).find() && ENGLISH_WORD.matcher(chineseText).find()
        && !CHINESE.matcher(chineseText).find() && !KEPT_AS_IS.contains(chinese.trim());
  }

  /** ourMark: something only our config.js has (the app name, or Cockpit's dashboard plugin). */
  @ParameterizedTest
  @CsvSource({
      "tasklist, CLAIM_TASK,                认领,   惠企政策兑现",
      "welcome,  PAGE_LOGIN_SIGN_IN_ACTION, 登录,   惠企政策兑现",
      "cockpit,  DASHBOARD_DASHBOARD,       仪表盘, subsidy/awards",
      "admin,    USERS_USERS,               用户,   系统管理"})
  void serverSendsTheOverlay(String app, String key, String chinese, String ourMark) throws IOException {
    assertThat(get("/camunda/app/" + app + "/scripts/config.js")).contains("'zh'").contains(ourMark);
    JsonNode served = JSON.readTree(get("/camunda/app/" + app + "/locales/zh.json"));
    assertThat(served.at("/labels/" + key).asText()).isEqualTo(chinese);
  }

  private String get(String path) {
    ResponseEntity<byte[]> response = http.getForEntity(path, byte[].class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return new String(response.getBody(), UTF_8);
  }

  /** Camunda's own en.json of the app, from the webjar (starts with a UTF-8 BOM). */
  private JsonNode webjarEnglish(String app) throws IOException {
    List<URL> webjar = Collections.list(getClass().getClassLoader().getResources(APP + app + "/locales/en.json"))
        .stream().filter(url -> url.toString().contains("camunda-webapp-webjar")).toList();
    assertThat(webjar).hasSize(1);
    try (InputStream in = webjar.get(0).openStream()) {
      String text = new String(in.readAllBytes(), UTF_8);
      return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
  }

  private JsonNode ourChinese(String app) throws IOException {
    URL url = getClass().getClassLoader().getResource(APP + app + "/locales/zh.json");
    assertThat(url).as("zh.json of " + app).isNotNull();
    return JSON.readTree(url);
  }

  /** Every leaf value by its path, e.g. labels.CLAIM_TASK or dateLocales.months[0]. */
  private static Map<String, String> leaves(JsonNode root) {
    Map<String, String> leaves = new LinkedHashMap<>();
    collect("", root, leaves);
    return leaves;
  }

  private static void collect(String path, JsonNode node, Map<String, String> leaves) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> collect(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), leaves));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(path + "[" + i + "]", node.get(i), leaves);
      }
    } else {
      leaves.put(path, node.asText());
    }
  }
}
