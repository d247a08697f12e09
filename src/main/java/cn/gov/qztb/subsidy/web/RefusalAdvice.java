package cn.gov.qztb.subsidy.web;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.access.RefusalCounter;
import java.util.Map;
import org.springframework.http.ResponseEntity;
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
}
