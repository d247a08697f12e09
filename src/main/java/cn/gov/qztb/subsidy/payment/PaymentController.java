package cn.gov.qztb.subsidy.payment;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.access.ApiAuthenticationFilter;
import cn.gov.qztb.subsidy.access.Viewer;
import cn.gov.qztb.subsidy.access.Viewers;
import cn.gov.qztb.subsidy.workflow.UnitStarts;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 拨付 for the paying units' staff: {@code POST /api/payment-batches} starts 编制拨付批次;
 * {@code GET /api/payment-batches[/{BF-000001}]} lists batches and lines (accounts masked);
 * {@code GET …/payment-file.xlsx|.csv} downloads an ordered batch's payment file;
 * {@code POST …/bank-return} (multipart {@code file}) records the bank's return file.
 */
@RestController
public class PaymentController {

  private final UnitStarts starts;
  private final PaymentViews views;
  private final PaymentFile files;
  private final BankReturnImport bankReturns;
  private final Viewers viewers;

  public PaymentController(UnitStarts starts, PaymentViews views, PaymentFile files, BankReturnImport bankReturns,
      Viewers viewers) {
    this.starts = starts;
    this.views = views;
    this.files = files;
    this.bankReturns = bankReturns;
    this.viewers = viewers;
  }

  @PostMapping("/api/payment-batches")
  public Map<String, Object> start(@RequestAttribute(ApiAuthenticationFilter.USER_ATTRIBUTE) String userId) {
    String unit = views.payingUnitOf(viewers.of(userId));
    String number = starts.start(PaymentBatches.PROCESS, userId, unit);
    return Map.of("number", number, "message", "已发起拨付批次" + number + "，请在任务列表“编制拨付批次”中核对后提交审核");
  }

  @GetMapping("/api/payment-batches")
  public List<Map<String, Object>> list(@RequestAttribute(ApiAuthenticationFilter.USER_ATTRIBUTE) String userId) {
    return views.batches(viewers.of(userId));
  }

  @GetMapping("/api/payment-batches/{number}")
  public Map<String, Object> show(@PathVariable("number") String number,
      @RequestAttribute(ApiAuthenticationFilter.USER_ATTRIBUTE) String userId) {
    return views.batch(PaymentBatches.idOf(number), viewers.of(userId));
  }

  @GetMapping("/api/payment-batches/{number}/payment-file.xlsx")
  public void xlsx(@PathVariable("number") String number, HttpServletResponse response,
      @RequestAttribute(ApiAuthenticationFilter.USER_ATTRIBUTE) String userId) throws IOException {
    long id = views.requireOrdered(PaymentBatches.idOf(number), userId);
    attachment(response, "拨付文件" + number + ".xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    files.xlsx(id, response.getOutputStream());
  }

  @GetMapping("/api/payment-batches/{number}/payment-file.csv")
  public void csv(@PathVariable("number") String number, HttpServletResponse response,
      @RequestAttribute(ApiAuthenticationFilter.USER_ATTRIBUTE) String userId) throws IOException {
    long id = views.requireOrdered(PaymentBatches.idOf(number), userId);
    attachment(response, "拨付文件" + number + ".csv", "text/csv;charset=UTF-8");
    files.csv(id, response.getOutputStream());
  }

  @PostMapping("/api/payment-batches/{number}/bank-return")
  public Map<String, Object> bankReturn(@PathVariable("number") String number,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestAttribute(ApiAuthenticationFilter.USER_ATTRIBUTE) String userId) throws IOException {
    long id = PaymentBatches.idOf(number);
    views.requireStaff(id, userId);
    if (file == null || file.isEmpty()) {
      throw Refusal.badInput("「文件」（file）为必填项：请选择银行回单文件（CSV或XLSX）");
    }
    try (InputStream in = file.getInputStream()) {
      BankReturns.Recorded recorded = bankReturns.importFile(id, in, userId);
      return Map.of("paid", recorded.paid(), "failed", recorded.failed(), "remaining", recorded.remaining(),
          "message", "已登记银行回单：成功" + recorded.paid() + "笔，失败" + recorded.failed() + "笔"
              + (recorded.remaining() == 0 ? "，本批次已全部回单" : "，尚有" + recorded.remaining() + "笔待回单"));
    }
  }

  private static void attachment(HttpServletResponse response, String fileName, String contentType) {
    response.setContentType(contentType);
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
    response.setHeader("Cache-Control", "no-store");
  }
}
