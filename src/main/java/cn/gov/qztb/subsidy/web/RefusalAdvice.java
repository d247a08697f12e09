package cn.gov.qztb.subsidy.web;

import cn.gov.qztb.subsidy.Refusal;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The application's own /api answers a {@link Refusal} with its kind's status and its Chinese message. */
@RestControllerAdvice
public class RefusalAdvice {

  @ExceptionHandler(Refusal.class)
  ResponseEntity<Map<String, Object>> refused(Refusal refusal) {
    return ResponseEntity.status(refusal.kind().status())
        .body(Map.of("message", refusal.getMessage(), "problems", refusal.problems()));
  }
}
