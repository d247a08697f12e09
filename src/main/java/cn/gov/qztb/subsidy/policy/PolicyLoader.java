package cn.gov.qztb.subsidy.policy;

import cn.gov.qztb.subsidy.engine.SubsidyClock;
import cn.gov.qztb.subsidy.reference.SeedFiles;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Loads seeds/policy/*.yaml into the database. A new edition is added; an unchanged one is left
 * alone; a changed one is refused once any application was computed with it, because every
 * award must stay explainable by the parameters that computed it. Only its administrative terms
 * (filing windows, service terms: {@link PolicyAmendments}) may still be amended.
 */
@Component
public class PolicyLoader {

  private static final Logger log = LoggerFactory.getLogger(PolicyLoader.class);

  private final SeedFiles seeds;
  private final PolicyBook book;
  private final PolicyEditionRepository editions;
  private final JdbcTemplate jdbc;
  private final SubsidyClock clock;

  public PolicyLoader(SeedFiles seeds, PolicyBook book, PolicyEditionRepository editions, JdbcTemplate jdbc,
      SubsidyClock clock) {
    this.seeds = seeds;
    this.book = book;
    this.editions = editions;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** @return the editions found in seeds/policy/ */
  public List<String> load() {
    List<String> found = new ArrayList<>();
    for (Resource file : seeds.matching("policy/*.yaml")) {
      found.add(load(file.getFilename(), SeedFiles.text(file)));
    }
    return found;
  }

  public String load(String fileName, String content) {
    JsonNode document = book.readDocument(content);
    String edition = required(document, "edition", fileName).asText();
    LocalDate effectiveFrom = LocalDate.parse(required(document, "effectiveFrom", fileName).asText());
    String title = required(document, "document", fileName).asText();
    required(document, "programs", fileName);
    String sha256 = sha256(content);

    var existing = editions.findById(edition);
    if (existing.isPresent()) {
      if (existing.get().getSha256().equals(sha256)) {
        return edition;
      }
      Integer used = jdbc.queryForObject("select count(*) from application where policy_edition = ?", Integer.class, edition);
      if (used != null && used > 0 && PolicyAmendments.onlyAdministrative(
          book.readDocument(existing.get().getContent()), document)) {
        existing.get().amend(content, sha256);
        editions.save(existing.get());
        book.forget(edition);
        log.warn("Policy edition {} amended from {}: filing windows or service terms only, no computing parameter changed",
            edition, fileName);
        return edition;
      }
      if (used != null && used > 0) {
        throw new PolicyException("政策文件" + fileName + "（" + edition + "版）与已载入的内容不同，而已有" + used
            + "份申请按该版本计算。已使用的版本不可修改，请另建新版本文件（新的edition和effectiveFrom）。"
            + " / Policy edition " + edition + " changed after applications used it; add a new edition instead.");
      }
      editions.delete(existing.get());
      editions.flush();
      book.forget(edition);
      log.warn("Policy edition {} replaced from {} (no application had used it)", edition, fileName);
    }
    editions.save(new PolicyEdition(edition, effectiveFrom, title, content, sha256, clock.now()));
    log.info("Policy edition {} loaded from {} (in force from {})", edition, fileName, effectiveFrom);
    return edition;
  }

  private static JsonNode required(JsonNode document, String field, String fileName) {
    JsonNode value = document.path(field);
    if (value.isMissingNode() || value.isNull()) {
      throw new PolicyException("政策文件" + fileName + "缺少" + field);
    }
    return value;
  }

  private static String sha256(String content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
