package cn.gov.qztb.subsidy.policy;

import cn.gov.qztb.subsidy.TransactionMemo;
import cn.gov.qztb.subsidy.SubsidyProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * The policy editions in the database and the parameters they give each program. Editions are
 * immutable, so each node may keep parsed copies: there is nothing to keep in step between nodes.
 */
@Service
public class PolicyBook {

  private final PolicyEditionRepository editions;
  private final SubsidyProperties.Service defaultService;
  private final ObjectMapper yaml =
      JsonMapper.builder(new YAMLFactory())
          .addModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .build();
  private final Map<String, JsonNode> parsed = new ConcurrentHashMap<>();
  private final Map<String, ProgramPolicy> terms = new ConcurrentHashMap<>();

  public PolicyBook(PolicyEditionRepository editions, SubsidyProperties properties) {
    this.editions = editions;
    this.defaultService = properties.service();
  }

  /**
   * The edition under which a program takes applications on a day: the one whose filing window
   * contains it (the windows of one program never overlap, see {@link #checkWindows}).
   *
   * @throws FilingClosed naming the program's windows when none is open that day
   */
  public String editionOpenOn(String programKey, LocalDate day) {
    List<FilingWindow> windows = windows(programKey);
    return windows.stream().filter(w -> w.contains(day)).findFirst().map(FilingWindow::edition)
        .orElseThrow(() -> new FilingClosed(latestTitle(programKey), day, windows));
  }

  /** The program's filing windows in every edition that has it, earliest first. */
  public List<FilingWindow> windows(String programKey) {
    List<FilingWindow> windows = new ArrayList<>();
    for (PolicyEdition edition : TransactionMemo.get("policyEditions", editions::findAll)) {
      if (covers(edition.getEdition(), programKey)) {
        windows.add(window(edition.getEdition(), programKey));
      }
    }
    windows.sort(Comparator.comparing(FilingWindow::opens));
    return windows;
  }

  /** The program's filing window in an edition. @throws PolicyException when it is missing or reversed */
  public FilingWindow window(String edition, String programKey) {
    JsonNode section = document(edition).path("programs").path(programKey);
    LocalDate opens = date(section, "filingOpens", edition, programKey);
    LocalDate closes = date(section, "filingCloses", edition, programKey);
    if (closes.isBefore(opens)) {
      throw new PolicyException("政策版本" + edition + "中" + programKey + "的受理期截止日" + closes + "早于开始日" + opens);
    }
    return new FilingWindow(edition, opens, closes);
  }

  /** The year an edition's programs measure (2024 for the 2024 edition): labels such as 2023年出口额 follow it. */
  public int year(String edition) {
    JsonNode year = document(edition).path("year");
    if (!year.isIntegralNumber() || year.asInt() < 2000 || year.asInt() > 2100) {
      throw new PolicyException("政策版本" + edition + "缺少year（所考核的年度，如2024）");
    }
    return year.asInt();
  }

  /**
   * Checks that each program's windows are given and that no two editions' windows of one
   * program overlap, so that the day alone decides the edition. @throws PolicyException
   */
  public void checkWindows() {
    Set<String> programs = new TreeSet<>();
    for (PolicyEdition edition : editions.findAll()) {
      year(edition.getEdition());
      document(edition.getEdition()).path("programs").fieldNames().forEachRemaining(programs::add);
    }
    for (String program : programs) {
      List<FilingWindow> windows = windows(program);
      for (int i = 1; i < windows.size(); i++) {
        if (windows.get(i).overlaps(windows.get(i - 1))) {
          throw new PolicyException(program + "的" + windows.get(i - 1).text() + "与" + windows.get(i).text()
              + "重叠：同一项目各版本的受理期不得重叠");
        }
      }
    }
  }

  /** The program's title in the latest edition that has it (as its process is named), else its key. */
  public String latestTitle(String programKey) {
    List<FilingWindow> windows = windows(programKey);
    return windows.isEmpty() ? programKey : title(windows.get(windows.size() - 1).edition(), programKey);
  }

  private static LocalDate date(JsonNode section, String name, String edition, String programKey) {
    JsonNode value = section.path(name);
    try {
      return LocalDate.parse(value.asText());
    } catch (java.time.format.DateTimeParseException e) {
      throw new PolicyException("政策版本" + edition + "中" + programKey + "缺少" + name + "（yyyy-MM-dd）");
    }
  }

  /** The parameters of a program in an edition, as the program's own record type. */
  public <P extends ProgramPolicy> P terms(String edition, String programKey, Class<P> type) {
    return type.cast(terms.computeIfAbsent(edition + "/" + programKey + "/" + type.getName(), cacheKey -> {
      JsonNode section = document(edition).path("programs").path(programKey);
      if (section.isMissingNode() || section.isNull()) {
        throw new PolicyException("政策版本" + edition + "未规定项目" + programKey + "的参数");
      }
      return parse(programSection(document(edition), programKey), type, edition + "/" + programKey);
    }));
  }

  /** The edition's document, e.g. 泉台管办发明电〔2024〕3号. */
  public String documentName(String edition) {
    return document(edition).path("document").asText();
  }

  /** The units that pay a program's awards in some edition. */
  public Set<String> payingUnits() {
    Set<String> codes = new TreeSet<>();
    for (PolicyEdition edition : editions.findAll()) {
      document(edition.getEdition()).path("programs").forEach(program -> {
        if (program.path(PAYING_UNIT).isTextual()) {
          codes.add(program.path(PAYING_UNIT).asText());
        }
      });
    }
    return codes;
  }

  /** The program's Chinese title in an edition, or its key when the edition does not name it. */
  public String title(String edition, String programKey) {
    return document(edition).path("programs").path(programKey).path("title").asText(programKey);
  }

  /**
   * The edition's service terms (办理时限): its {@code service:} section, each term it leaves out
   * taken from {@code subsidy.service}. @throws PolicyException when a term is not a sensible count
   */
  public SubsidyProperties.Service serviceTerms(String edition) {
    JsonNode section = document(edition).path("service");
    return new SubsidyProperties.Service(
        term(section, "townshipWorkingDays", defaultService.townshipWorkingDays(), 60, edition),
        term(section, "certificationWorkingDays", defaultService.certificationWorkingDays(), 60, edition),
        term(section, "bureauWorkingDays", defaultService.bureauWorkingDays(), 60, edition),
        term(section, "draftExpiryDays", defaultService.draftExpiryDays(), 366, edition),
        term(section, "offerConfirmDays", defaultService.offerConfirmDays(), 366, edition),
        term(section, "offerReminderDays", defaultService.offerReminderDays(), 366, edition));
  }

  private static int term(JsonNode section, String name, int fallback, int max, String edition) {
    JsonNode value = section.path(name);
    if (value.isMissingNode() || value.isNull()) {
      return fallback;
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 1 || value.asInt() > max) {
      throw new PolicyException("政策版本" + edition + "的办理时限service." + name + "应为1至" + max + "的整数，实为" + value);
    }
    return value.asInt();
  }

  public boolean covers(String edition, String programKey) {
    return document(edition).path("programs").has(programKey);
  }

  /** The unit that approves the program in the edition (部门审批), e.g. keji. */
  public String approvingUnit(String edition, String programKey) {
    return document(edition).path("programs").path(programKey).path("approvingUnit").asText(null);
  }

  /** For every unit code, the programs it approves or certifies in any edition. */
  public Map<String, Set<String>> programsByUnit() {
    Map<String, Set<String>> byUnit = new TreeMap<>();
    for (PolicyEdition edition : editions.findAll()) {
      document(edition.getEdition()).path("programs").fields().forEachRemaining(program -> {
        for (String role : List.of("approvingUnit", "certifyingUnit")) {
          JsonNode unit = program.getValue().path(role);
          if (unit.isTextual()) {
            byUnit.computeIfAbsent(unit.asText(), u -> new TreeSet<>()).add(program.getKey());
          }
        }
      });
    }
    return byUnit;
  }

  /** The edition's 公示 term in working days: the program's own if set, else the edition's, else 5. */
  public int publicityWorkingDays(String edition, String programKey) {
    JsonNode own = document(edition).path("programs").path(programKey).path(PUBLICITY_DAYS);
    JsonNode value = own.isMissingNode() ? document(edition).path(PUBLICITY_DAYS) : own;
    if (value.isMissingNode() || value.isNull()) {
      return DEFAULT_PUBLICITY_DAYS;
    }
    if (!value.isIntegralNumber() || value.asInt() < 5 || value.asInt() > 30) {
      throw new PolicyException("政策版本" + edition + "的公示期" + PUBLICITY_DAYS + "应为5至30个工作日，实为" + value);
    }
    return value.asInt();
  }

  static final String PUBLICITY_DAYS = "publicityWorkingDays";
  static final String SETTLED_BY = "settledBy";

  /**
   * The data holder that settles the program's awards on its own bills instead of a payment
   * (clause 33: 区燃气公司), or null when they are paid.
   */
  public String settledBy(String edition, String programKey) {
    return document(edition).path("programs").path(programKey).path(SETTLED_BY).asText(null);
  }
  static final int DEFAULT_PUBLICITY_DAYS = 5;

  /** Who pays a program's awards (拨付) and from which fund; both null when nobody is named (e.g. settled). */
  public record Payment(String unitCode, String fund) {}

  /** A kind of 申报材料 a program's filing carries: required, or allowed. */
  public record DocumentKind(String kind, String label, boolean required) {}

  static final String DOCUMENTS = "documents";
  /** Every program allows other supporting documents besides those its edition names. */
  static final DocumentKind OTHER = new DocumentKind("OTHER", "其他证明材料", false);

  /** The documents the program's filing requires or allows in the edition, then 其他证明材料. */
  public List<DocumentKind> documents(String edition, String programKey) {
    List<DocumentKind> kinds = new ArrayList<>();
    for (JsonNode item : document(edition).path("programs").path(programKey).path(DOCUMENTS)) {
      String kind = item.path("kind").asText("");
      if (!kind.matches("[A-Z][A-Z_]{1,31}") || item.path("label").asText("").isBlank() || kind.equals(OTHER.kind())) {
        throw new PolicyException("政策版本" + edition + "中" + programKey + "的申报材料documents有误：kind应为大写字母代码，label为必填");
      }
      kinds.add(new DocumentKind(kind, item.path("label").asText(), item.path("required").asBoolean(false)));
    }
    kinds.add(OTHER);
    return kinds;
  }

  static final String PAYING_UNIT = "payingUnit";
  static final String FUND = "fund";
  static final List<String> ADMINISTRATIVE = List.of("filingOpens", "filingCloses", PUBLICITY_DAYS, SETTLED_BY,
      PAYING_UNIT, FUND, DOCUMENTS);

  /**
   * The unit that pays the program's awards in the edition and its fund: 区财政金融与国资局 from
   * district funds for clauses 2, 5, 9, 18 and 24; 区民生保障局 from 就业补助资金 for clause 31.
   */
  public Payment payment(String edition, String programKey) {
    JsonNode section = document(edition).path("programs").path(programKey);
    String unit = section.path(PAYING_UNIT).asText(null);
    String fund = section.path(FUND).asText(null);
    if (unit != null && (fund == null || fund.isBlank())) {
      throw new PolicyException("政策版本" + edition + "中" + programKey + "规定了拨付单位payingUnit，却未写明资金来源fund");
    }
    return new Payment(unit, fund);
  }

  /**
   * A program's section as its parameter record reads it: the edition's {@code year} added, the
   * filing window and the administrative terms (which the platform, not the rule, applies) left out.
   */
  public static JsonNode programSection(JsonNode document, String programKey) {
    JsonNode section = document.path("programs").path(programKey);
    if (!section.isObject()) {
      return section;
    }
    ObjectNode copy = ((ObjectNode) section).deepCopy();
    copy.remove(ADMINISTRATIVE);
    if (!copy.has("year")) {
      copy.set("year", document.path("year"));
    }
    return copy;
  }

  /** Parses policy YAML text, checking that every parameter of the record is present. */
  public JsonNode readDocument(String content) {
    try {
      return yaml.readTree(content);
    } catch (IOException e) {
      throw new PolicyException("政策文件不是有效的YAML：" + e.getMessage(), e);
    }
  }

  <P> P parse(JsonNode section, Class<P> type, String where) {
    P value;
    try {
      value = yaml.treeToValue(section, type);
    } catch (JsonProcessingException e) {
      throw new PolicyException("政策参数" + where + "有误：" + e.getOriginalMessage(), e);
    }
    for (RecordComponent component : type.getRecordComponents()) {
      try {
        if (component.getAccessor().invoke(value) == null) {
          throw new PolicyException("政策参数" + where + "缺少" + component.getName());
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return value;
  }

  void forget(String edition) {
    parsed.remove(edition);
    terms.keySet().removeIf(key -> key.startsWith(edition + "/"));
  }

  private JsonNode document(String edition) {
    return parsed.computeIfAbsent(edition, id -> readDocument(
        editions.findById(id).orElseThrow(() -> new PolicyException("政策版本" + id + "不存在")).getContent()));
  }
}
