package cn.gov.qztb.subsidy.support;

import cn.gov.qztb.subsidy.dataimport.DataImportService;
import cn.gov.qztb.subsidy.dataimport.ImportReport;
import cn.gov.qztb.subsidy.reference.Dataset;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/** Imports holders' files as their holders would, and runs the offer matching that follows. */
@Component
public class HolderData {

  private final DataImportService imports;
  private final ManagementService management;

  public HolderData(DataImportService imports, ManagementService management) {
    this.imports = imports;
    this.management = management;
  }

  /** A CSV file: the dataset's headers, then the rows. */
  public static String csv(Dataset dataset, String... rows) {
    StringBuilder text = new StringBuilder(String.join(",", dataset.columns().stream().map(Dataset.Column::header).toList()));
    for (String row : rows) {
      text.append("\r\n").append(row);
    }
    return text.append("\r\n").toString();
  }

  public ImportReport upload(Dataset dataset, String user, String... rows) {
    return imports.importFile(dataset, dataset.id() + ".csv",
        new ByteArrayInputStream(csv(dataset, rows).getBytes(StandardCharsets.UTF_8)), user);
  }

  /** Runs the offer matching jobs (offerMatching, then its offerBatch instances) until none is left; returns how many ran. */
  public int matchOffers() {
    int ran = 0;
    for (int round = 0; round < 1000; round++) {
      List<Job> due = management.createJobQuery().processDefinitionKey("offerMatching").executable().list().stream()
          .filter(job -> job.getExecutionId() != null).toList();
      if (due.isEmpty()) {
        due = management.createJobQuery().processDefinitionKey("offerBatch").executable().list();
      }
      if (due.isEmpty()) {
        return ran;
      }
      due.forEach(job -> management.executeJob(job.getId()));
      ran += due.size();
    }
    throw new AssertionError("offer matching does not end");
  }
}
