package cn.gov.qztb.subsidy.document;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.access.Viewer;
import cn.gov.qztb.subsidy.application.Application;
import cn.gov.qztb.subsidy.application.ApplicationService;
import cn.gov.qztb.subsidy.application.ApplicationStatus;
import cn.gov.qztb.subsidy.cases.ViewerApplications;
import cn.gov.qztb.subsidy.engine.SubsidyClock;
import cn.gov.qztb.subsidy.policy.PolicyBook;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 申报材料: the documents an enterprise's staff upload with a filing, as its edition names them;
 * checked by their bytes (PDF, JPEG, PNG, OFD), at most 10 MB, kept in the database with their
 * SHA-256. Those who may read the application — its enterprise, its township, the program's
 * units — list and download them; nobody else, whatever the id.
 */
@Service
@Transactional
public class Documents {

  public static final long MAX_BYTES = 10L * 1024 * 1024;
  static final int MAX_PER_APPLICATION = 30;
  private static final Set<ApplicationStatus> OPEN_FOR_FILING = Set.of(ApplicationStatus.DRAFT,
      ApplicationStatus.RETURNED, ApplicationStatus.DISPUTED);

  /** A document's content as downloaded. */
  public record Content(String fileName, String contentType, byte[] bytes, String sha256) {}

  private final JdbcTemplate jdbc;
  private final ApplicationService applications;
  private final PolicyBook policies;
  private final ViewerApplications reachable;
  private final SubsidyClock clock;

  public Documents(JdbcTemplate jdbc, ApplicationService applications, PolicyBook policies, ViewerApplications reachable,
      SubsidyClock clock) {
    this.jdbc = jdbc;
    this.applications = applications;
    this.policies = policies;
    this.reachable = reachable;
    this.clock = clock;
  }

  /** @throws Refusal 404 unless the viewer's enterprise holds the application; 409 once filed; 400 naming what is wrong */
  public DocumentView upload(Viewer viewer, String number, String kind, String fileName, byte[] content) {
    Application application = reachable.held(viewer, number);
    if (!OPEN_FOR_FILING.contains(application.getStatus())) {
      throw Refusal.conflict("申请" + number + "当前状态为“" + application.getStatus().label()
          + "”，只有填报中或退回修改的申请可以上传申报材料");
    }
    List<PolicyBook.DocumentKind> kinds = policies.documents(application.getPolicyEdition(), application.getProgramKey());
    PolicyBook.DocumentKind chosen = kinds.stream().filter(k -> k.kind().equals(kind)).findFirst()
        .orElseThrow(() -> Refusal.badInput("「材料类型」（kind）应为：" + kinds.stream()
            .map(k -> k.kind() + "（" + k.label() + "）").collect(Collectors.joining("、"))));
    if (fileName == null || fileName.isBlank() || fileName.length() > 200
        || fileName.chars().anyMatch(c -> Character.isISOControl(c) || c == '/' || c == '\\')) {
      throw Refusal.badInput("「文件名」应为1至200个字符，不含路径符号（/、\\）或控制字符，请改名后重新上传");
    }
    if (content.length == 0) {
      throw Refusal.badInput("「文件」是空文件，请选择要上传的材料");
    }
    if (content.length > MAX_BYTES) {
      throw Refusal.badInput("「文件」超过10MB（" + content.length / 1024 + "KB），请压缩或分开后上传");
    }
    FileType type = FileType.of(content).orElseThrow(() -> Refusal.badInput(
        "「文件」不是PDF、JPEG、PNG或OFD文件（按文件内容判断，与文件名无关），请转换后重新上传"));
    Integer count = jdbc.queryForObject("select count(*) from application_document where business_key = ?"
        + " and removed_at is null", Integer.class, number);
    if (count >= MAX_PER_APPLICATION) {
      throw Refusal.badInput("每份申请至多上传" + MAX_PER_APPLICATION + "份申报材料，请先删除不需要的材料");
    }
    String sha256 = sha256(content);
    Timestamp now = Timestamp.from(clock.now());
    jdbc.update("insert into application_document (business_key, kind, file_name, content_type, size_bytes, sha256,"
        + " content, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", number, chosen.kind(), fileName,
        type.contentType(), content.length, sha256, content, viewer.userId(), now);
    return list(viewer, number).stream().reduce((first, second) -> second).orElseThrow();
  }

  /** Removes (marks removed) a document of an application still being filed; the record stays. */
  public void remove(Viewer viewer, long id) {
    Map<String, Object> document = document(id);
    Application application = reachable.held(viewer, (String) document.get("business_key"));
    if (!OPEN_FOR_FILING.contains(application.getStatus())) {
      throw Refusal.conflict("申请已提交，申报材料不能删除");
    }
    jdbc.update("update application_document set removed_by = ?, removed_at = ? where id = ? and removed_at is null",
        viewer.userId(), Timestamp.from(clock.now()), id);
  }

  @Transactional(readOnly = true)
  public List<DocumentView> list(Viewer viewer, String number) {
    Application application = reachable.readable(viewer, number);
    Map<String, String> labels = policies.documents(application.getPolicyEdition(), application.getProgramKey()).stream()
        .collect(Collectors.toMap(PolicyBook.DocumentKind::kind, PolicyBook.DocumentKind::label));
    return jdbc.query("select id, kind, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at"
        + " from application_document where business_key = ? and removed_at is null order by id", (row, i) ->
        new DocumentView(row.getLong(1), row.getString(2), labels.getOrDefault(row.getString(2), row.getString(2)),
            row.getString(3), row.getString(4), row.getLong(5), row.getString(6), row.getString(7),
            row.getTimestamp(8).toInstant()), number);
  }

  /** The kinds the application's filing requires or allows, and whether each is there. */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> kinds(Viewer viewer, String number) {
    Application application = reachable.readable(viewer, number);
    Set<String> present = present(number);
    return policies.documents(application.getPolicyEdition(), application.getProgramKey()).stream()
        .map(kind -> Map.<String, Object>of("kind", kind.kind(), "label", kind.label(), "required", kind.required(),
            "uploaded", present.contains(kind.kind())))
        .toList();
  }

  /** @throws Refusal 404 for an unknown id, 403 for a document of an application the viewer may not read */
  @Transactional(readOnly = true)
  public Content download(Viewer viewer, long id) {
    Map<String, Object> document = document(id);
    Application application = applications.find((String) document.get("business_key")).orElseThrow();
    if (!reachable.mayRead(viewer, application)) {
      throw Refusal.forbidden("无权查看该申报材料");
    }
    return jdbc.queryForObject("select file_name, content_type, content, sha256 from application_document where id = ?",
        (row, i) -> new Content(row.getString(1), row.getString(2), row.getBytes(3), row.getString(4)), id);
  }

  /** The labels of the required kinds the application has no document of. */
  @Transactional(readOnly = true)
  List<String> missingRequired(Application application) {
    Set<String> present = present(application.getBusinessKey());
    return policies.documents(application.getPolicyEdition(), application.getProgramKey()).stream()
        .filter(kind -> kind.required() && !present.contains(kind.kind())).map(PolicyBook.DocumentKind::label).toList();
  }

  private Set<String> present(String number) {
    return Set.copyOf(jdbc.queryForList("select distinct kind from application_document where business_key = ?"
        + " and removed_at is null", String.class, number));
  }

  private Map<String, Object> document(long id) {
    return jdbc.queryForList("select business_key from application_document where id = ? and removed_at is null", id)
        .stream().findFirst().orElseThrow(() -> Refusal.notFound("没有该申报材料"));
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
