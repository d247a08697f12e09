package cn.gov.qztb.subsidy.document;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.access.ApiAuthenticationFilter;
import cn.gov.qztb.subsidy.access.Viewers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 申报材料: {@code GET/POST /api/applications/{number}/documents} (multipart {@code file} and
 * {@code kind}) lists and uploads; {@code GET /api/documents/{id}} downloads; {@code DELETE
 * /api/documents/{id}} removes one while the filing is open.
 */
@RestController
public class DocumentController {

  private final Documents documents;
  private final Viewers viewers;

  public DocumentController(Documents documents, Viewers viewers) {
    this.documents = documents;
    this.viewers = viewers;
  }

  @GetMapping("/api/applications/{number}/documents")
  public Map<String, Object> list(@RequestAttribute(ApiAuthenticationFilter.USER_ATTRIBUTE) String userId,
      @PathVariable("number") String number) {
    var viewer = viewers.of(userId);
    return Map.of("kinds", documents.kinds(viewer, number), "documents", documents.list(viewer, number));
  }

  @PostMapping("/api/applications/{number}/documents")
  public DocumentView upload(@RequestAttribute(ApiAuthenticationFilter.USER_ATTRIBUTE) String userId,
      @PathVariable("number") String number, @RequestParam(name = "kind", required = false) String kind,
      @RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
    if (file == null || file.isEmpty()) {
      throw Refusal.badInput("「文件」（file）为必填项：请选择要上传的申报材料（PDF、JPEG、PNG或OFD，不超过10MB）");
    }
    if (file.getSize() > Documents.MAX_BYTES) {
      throw Refusal.badInput("「文件」超过10MB（" + file.getSize() / 1024 + "KB），请压缩或分开后上传");
    }
    byte[] content;
    try (InputStream in = file.getInputStream()) {
      content = in.readNBytes((int) Documents.MAX_BYTES + 1);
    }
    return documents.upload(viewers.of(userId), number, kind, file.getOriginalFilename(), content);
  }

  @GetMapping("/api/documents/{id}")
  public ResponseEntity<byte[]> download(@RequestAttribute(ApiAuthenticationFilter.USER_ATTRIBUTE) String userId,
      @PathVariable("id") String id) {
    Documents.Content content = documents.download(viewers.of(userId), id(id));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(content.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(content.fileName(), StandardCharsets.UTF_8).build().toString())
        .header("Cache-Control", "no-store")
        .header("Digest", "sha-256=" + content.sha256())
        .body(content.bytes());
  }

  @DeleteMapping("/api/documents/{id}")
  public Map<String, Object> remove(@RequestAttribute(ApiAuthenticationFilter.USER_ATTRIBUTE) String userId,
      @PathVariable("id") String id) {
    documents.remove(viewers.of(userId), id(id));
    return Map.of("message", "申报材料已删除");
  }

  private static long id(String id) {
    if (id == null || !id.matches("[0-9]{1,18}")) {
      throw Refusal.notFound("没有该申报材料");
    }
    return Long.parseLong(id);
  }
}
