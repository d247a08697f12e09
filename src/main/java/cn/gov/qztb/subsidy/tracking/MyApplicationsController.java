package cn.gov.qztb.subsidy.tracking;

import cn.gov.qztb.subsidy.SubsidyProperties;
import cn.gov.qztb.subsidy.access.ApiAuthenticationFilter;
import cn.gov.qztb.subsidy.access.Viewers;
import cn.gov.qztb.subsidy.cases.CaseQuery;
import cn.gov.qztb.subsidy.letter.DecisionLetter;
import cn.gov.qztb.subsidy.letter.DecisionLetterPdf;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 我的申请: {@code GET /api/my-applications} (filters as the case search: state, q, program, status,
 * township, limit), {@code GET /api/my-applications.xlsx} the same as a workbook, and
 * {@code GET /api/my-applications/{number}} one application's history and next action, and
 * {@code …/decision-letter.pdf} its decision letter once decided.
 */
@RestController
public class MyApplicationsController {

  private final MyApplications mine;
  private final Viewers viewers;
  private final SubsidyProperties properties;
  private final DecisionLetters letters;
  private final DecisionLetterPdf letterPdf;

  public MyApplicationsController(MyApplications mine, Viewers viewers, SubsidyProperties properties,
      DecisionLetters letters, DecisionLetterPdf letterPdf) {
    this.letters = letters;
    this.letterPdf = letterPdf;
    this.mine = mine;
    this.viewers = viewers;
    this.properties = properties;
  }

  @GetMapping("/api/my-applications")
  public List<MyApplication> list(@RequestAttribute(ApiAuthenticationFilter.USER_ATTRIBUTE) String userId,
      @RequestParam(required = false) String state, @RequestParam(name = "q", required = false) String text,
      @RequestParam(required = false) String program, @RequestParam(required = false) String status,
      @RequestParam(required = false) String township, @RequestParam(required = false) String limit) {
    return mine.list(viewers.of(userId), CaseQuery.of(state, text, program, limit, status, township));
  }

  @GetMapping("/api/my-applications.xlsx")
  public void workbook(@RequestAttribute(ApiAuthenticationFilter.USER_ATTRIBUTE) String userId,
      @RequestParam(required = false) String state, @RequestParam(name = "q", required = false) String text,
      @RequestParam(required = false) String program, @RequestParam(required = false) String status,
      @RequestParam(required = false) String township, @RequestParam(required = false) String limit,
      HttpServletResponse response) throws IOException {
    List<MyApplication> rows = mine.list(viewers.of(userId),
        CaseQuery.of(state, text, program, limit == null ? String.valueOf(CaseQuery.MAX_LIMIT) : limit, status, township));
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename("我的申请.xlsx", StandardCharsets.UTF_8).build().toString());
    MyApplicationsWorkbook.write(rows, properties.zone(), response.getOutputStream());
  }

  /** The decision letter (决定书) as PDF, for whoever may read the application. */
  @GetMapping("/api/my-applications/{number}/decision-letter.pdf")
  public void letter(@RequestAttribute(ApiAuthenticationFilter.USER_ATTRIBUTE) String userId,
      @PathVariable("number") String number, HttpServletResponse response) throws IOException {
    DecisionLetter letter = letters.of(mine.readable(viewers.of(userId), number));
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    letterPdf.write(letter, pdf);
    response.setContentType("application/pdf");
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename("决定书" + number + ".pdf", StandardCharsets.UTF_8).build().toString());
    response.setContentLength(pdf.size());
    pdf.writeTo(response.getOutputStream());
  }

  @GetMapping("/api/my-applications/{number}")
  public MyApplicationDetail detail(@RequestAttribute(ApiAuthenticationFilter.USER_ATTRIBUTE) String userId,
      @PathVariable("number") String number) {
    return mine.detail(viewers.of(userId), number);
  }
}
