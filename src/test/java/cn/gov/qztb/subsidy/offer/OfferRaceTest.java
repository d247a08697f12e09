package cn.gov.qztb.subsidy.offer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.application.ApplicationRepository;
import cn.gov.qztb.subsidy.reference.Dataset;
import cn.gov.qztb.subsidy.reference.EnterpriseKind;
import cn.gov.qztb.subsidy.support.HolderData;
import cn.gov.qztb.subsidy.support.HolderDataTest;
import cn.gov.qztb.subsidy.support.TestEnterprises;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two imports close together: their offer batches run at once, and every subject is offered once. */
@HolderDataTest
class OfferRaceTest {

  @Autowired HolderData data;
  @Autowired TestEnterprises enterprises;
  @Autowired ManagementService management;
  @Autowired ApplicationRepository applications;

  @Test
  void batchesOfTwoImportsMeetingTheSameEnterprisesOfferEachSubjectOnce() throws InterruptedException {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      codes.add(enterprises.staffOfNew(EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "luoyang").enterpriseCode());
    }
    List<String> electricity = new ArrayList<>();
    List<String> insured = new ArrayList<>();
    for (String code : codes) {
      electricity.addAll(List.of(code + ",2023-01,400000", code + ",2023-02,300000", code + ",2024-01,420000",
          code + ",2024-02,330000"));
      insured.addAll(List.of(code + ",2023-12,100", code + ",2024-02,98"));
    }
    data.upload(Dataset.ELECTRICITY, "gongdian", electricity.toArray(String[]::new));
    data.upload(Dataset.UNEMPLOYMENT_INSURANCE, "minsheng", insured.toArray(String[]::new));
    for (Job planner : management.createJobQuery().processDefinitionKey("offerMatching").executable().list()) {
      if (planner.getExecutionId() != null) {
        management.executeJob(planner.getId());
      }
    }
    List<Job> batches = management.createJobQuery().processDefinitionKey("offerBatch").executable().list();
    assertThat(batches.size()).isGreaterThanOrEqualTo(2);

    ExecutorService threads = Executors.newFixedThreadPool(batches.size());
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    for (Job batch : batches) {
      threads.submit(() -> {
        try {
          management.executeJob(batch.getId());
        } catch (Throwable failed) {
          failures.add(failed);
        }
      });
    }
    threads.shutdown();
    assertThat(threads.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

    assertThat(failures).isEmpty();
    Set<String> ours = Set.copyOf(codes);
    List<String> subjects = applications.findAll().stream().filter(a -> ours.contains(a.getEnterpriseCode()))
        .map(a -> a.getProgramKey() + "|" + a.getSubjectKey()).toList();
    // each enterprise: clause 9 January–February and clause 31, once each
    assertThat(subjects).hasSize(12).doesNotHaveDuplicates();
  }
}
