package cn.gov.qztb.subsidy.dataimport;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.access.ApiAuthenticationFilter;
import cn.gov.qztb.subsidy.reference.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 数据导入: {@code POST /api/data-imports/{dataset}} (multipart field {@code file}, CSV or XLSX) by
 * the dataset's holder; {@code GET /api/data-imports} lists the datasets the caller may import and
 * their past imports.
 */
@RestController
public class DataImportController {

  static final int MAX_FILE_NAME = 200;

  private final DataImportService imports;
  private final ImportHistory history;

  public DataImportController(DataImportService imports, ImportHistory history) {
    this.imports = imports;
    this.history = history;
  }

  @PostMapping("/api/data-imports/{dataset}")
  public ResponseEntity<ImportReport> upload(@PathVariable("dataset") String datasetId,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestAttribute(ApiAuthenticationFilter.USER_ATTRIBUTE) String userId) {
    Dataset dataset = DataImportService.dataset(datasetId);
    imports.requireHolder(dataset, userId);
    if (file == null || file.isEmpty()) {
      throw Refusal.badInput("「文件」（file）为必填项：请选择要导入的CSV或XLSX文件");
    }
    String name = file.getOriginalFilename();
    if (name != null && name.length() > MAX_FILE_NAME) {
      throw Refusal.badInput("「文件名」过长（" + name.length() + "个字符），不能超过" + MAX_FILE_NAME + "个字符，请改名后重新上传");
    }
    try (InputStream in = file.getInputStream()) {
      ImportReport report = imports.importFile(dataset, file.getOriginalFilename(), in, userId);
      return report.outcome() == ImportReport.Outcome.REFUSED
          ? ResponseEntity.badRequest().body(report) : ResponseEntity.ok(report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GetMapping("/api/data-imports")
  public Map<String, Object> list(@RequestAttribute(ApiAuthenticationFilter.USER_ATTRIBUTE) String userId) {
    List<Dataset> datasets = imports.importable(userId);
    return Map.of(
        "datasets", datasets.stream().map(d -> Map.of("id", d.id(), "title", d.title(),
            "columns", d.columns().stream().map(Dataset.Column::header).toList())).toList(),
        "imports", history.of(datasets));
  }
}
