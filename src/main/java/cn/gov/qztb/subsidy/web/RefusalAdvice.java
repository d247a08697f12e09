package cn.gov.qztb.subsidy.web;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.access.RefusalCounter;
import java.util.Map;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The application's own /api answers a {@link Refusal} with its kind's status and its Chinese message. */
@RestControllerAdvice
public class RefusalAdvice {

  private final RefusalCounter refusals;

  public RefusalAdvice(RefusalCounter refusals) {
    this.refusals = refusals;
  }

  @ExceptionHandler(Refusal.class)
  ResponseEntity<Map<String, Object>> refused(Refusal refusal) {
    refusals.answered(refusal.kind());
    return ResponseEntity.status(refusal.kind().status())
        .body(Map.of("message", refusal.getMessage(), "problems", refusal.problems()));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException tooLarge) {
    // also what Tomcat reports for a part header too long, e.g. a very long file name
    String message = "上传内容超过限制，未导入：文件不能超过20MB（请分批上传），文件名不能过长";
    return ResponseEntity.status(413).body(Map.of("message", message, "problems", List.of(message)));
  }

  /** Two users (or nodes) changed the same record at once; the loser's change was rolled back whole. */
  @ExceptionHandler({org.springframework.dao.OptimisticLockingFailureException.class,
      org.camunda.bpm.engine.OptimisticLockingException.class})
  ResponseEntity<Map<String, Object>> raced(RuntimeException raced) {
    refusals.answered(Refusal.Kind.CONFLICT);
    String message = "该事项刚刚已由他人办理，您的操作未生效，请刷新后查看";
    return ResponseEntity.status(409).body(Map.of("message", message, "problems", List.of(message)));
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<Map<String, Object>> notMultipart(MultipartException notMultipart) {
    String message = "请以multipart/form-data格式上传，文件字段名为file";
    return ResponseEntity.badRequest().body(Map.of("message", message, "problems", List.of(message)));
  }
}
