package cn.gov.qztb.subsidy.offer;

import static cn.gov.qztb.subsidy.support.Filings.noStopConstruction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.application.Application;
import cn.gov.qztb.subsidy.application.ApplicationRepository;
import cn.gov.qztb.subsidy.application.ApplicationStatus;
import cn.gov.qztb.subsidy.dataimport.DataImportService;
import cn.gov.qztb.subsidy.dataimport.ImportReport;
import cn.gov.qztb.subsidy.reference.Dataset;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.HolderData;
import cn.gov.qztb.subsidy.support.HolderDataTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's holders' files (seeds/demo/data/) import cleanly and offer the demo enterprises the
 * awards the README promises; clause 18 then holds against the key-project registry.
 */
@HolderDataTest
class DemoOffersTest {

  static final Map<Dataset, String> HOLDERS = Map.of(Dataset.ELECTRICITY, "gongdian",
      Dataset.UNEMPLOYMENT_INSURANCE, "minsheng", Dataset.GAS, "ranqi", Dataset.STATISTICS_INCLUSION, "keji",
      Dataset.KEY_PROJECTS, "xiangmu", Dataset.SITE_ATTENDANCE, "ziran");

  @Autowired DataImportService imports;
  @Autowired HolderData data;
  @Autowired ApplicationRepository applications;
  @Autowired ApplicationDriver driver;
  @Autowired TaskService tasks;

  @BeforeEach
  void importTheDemoFiles() throws IOException {
    for (Dataset dataset : Dataset.values()) {
      try (InputStream in = Files.newInputStream(Path.of("seeds/demo/data", dataset.id() + ".csv"))) {
        ImportReport report = imports.importFile(dataset, dataset.id() + ".csv", in, HOLDERS.get(dataset));
        assertThat(report.outcome()).as(dataset.id()).isIn(ImportReport.Outcome.IMPORTED, ImportReport.Outcome.UNCHANGED);
        assertThat(report.unregistered()).as(dataset.id()).isEmpty();
      }
    }
    data.matchOffers();
  }

  private List<Application> offers(String creditCode) {
    return applications.findAll().stream().filter(a -> a.isOffered() && a.getEnterpriseCode().equals(creditCode))
        .sorted(java.util.Comparator.comparing(Application::getProgramKey).thenComparing(Application::getSubjectKey))
        .toList();
  }

  @Test
  void everyDataBackedProgramOffersItsAwardToTheDemoEnterpriseAtTheClausesAmount() {
    // 张坂纺织机械 (applicant7): clause 9 both periods and clause 33
    assertThat(offers("91350521MANQPEXN5Y")).extracting(Application::getProgramKey, Application::getSubjectKey,
            a -> a.getAmount().toPlainString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("electricityIncrementReward", "91350521MANQPEXN5Y:JAN_FEB", "14000.00"),
            org.assertj.core.groups.Tuple.tuple("electricityIncrementReward", "91350521MANQPEXN5Y:Q1", "23000.00"),
            org.assertj.core.groups.Tuple.tuple("gasPriceDiscount", "91350521MANQPEXN5Y", "28000.00"));
    // 百崎新材料 (applicant4): clause 31 on insured counts and consumption: 147 × 1,000
    assertThat(offers("91350521MAFBDGPK1H")).extracting(Application::getProgramKey, a -> a.getAmount().toPlainString())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("employmentStabilizationSubsidy", "147000.00"));
    // 百崎酒店管理 (applicant8): clause 2, 限上住宿餐饮
    assertThat(offers("91350521MATUL4H6XM")).extracting(Application::getProgramKey, a -> a.getAmount().toPlainString())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("newToStatisticsReward", "200000.00"));
    // 洛阳桥路桥 (applicant6, 洛阳镇): clause 18 for the 市重点 project it builds in 百崎回族乡, verified there
    List<Application> roads = offers("91350521MAG2PQU65D");
    assertThat(roads).extracting(Application::getProgramKey, Application::getSubjectKey, a -> a.getAmount().toPlainString(),
            Application::getTownshipCode)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("noStopConstructionBonus", "XM-2024-BQ-001", "30000.00",
            "baiqi"));
    assertThat(roads).allMatch(a -> a.getStatus() == ApplicationStatus.OFFERED);
  }

  @Test
  void theClause18OfferIsVerifiedByTheProjectsTownshipAfterItsContractorConfirms() {
    Application offer = offers("91350521MAG2PQU65D").get(0);
    ProcessInstance instance = runtime(offer);
    driver.complete(instance, "confirmOffer", "applicant6", Map.of("offerDecision", "ACCEPT"));

    Task verification = driver.task(instance, "townshipVerification");
    assertThat(tasks.getIdentityLinksForTask(verification.getId())).extracting(link -> link.getGroupId())
        .containsExactly("townshipBaiqi");
    assertThat(driver.as("baiqi", () -> tasks.createTaskQuery().taskId(verification.getId()).count())).isEqualTo(1);
    assertThat(driver.as("luoyang", () -> tasks.createTaskQuery().taskId(verification.getId()).count())).isZero();
  }

  @Test
  void clause18FilingsMeetTheRegistryLevelStatusAndContractor() {
    ProcessInstance notContractor = driver.start("noStopConstructionBonus", "applicant2");
    assertThatThrownBy(() -> driver.complete(notContractor, "filing", "applicant2", noStopConstruction("XM-2024-BQ-001")))
        .isInstanceOf(Refusal.class).hasMessageContaining("施工单位为「泉州洛阳桥路桥建设有限公司（演示）」")
        .hasMessageContaining("第18条奖励给予施工单位");
    ProcessInstance districtLevel = driver.start("noStopConstructionBonus", "applicant6");
    assertThatThrownBy(() -> driver.complete(districtLevel, "filing", "applicant6", noStopConstruction("XM-2024-LY-003")))
        .isInstanceOf(Refusal.class).hasMessageContaining("项目级别为「区重点」，第18条奖励省、市重点项目");
    ProcessInstance unknown = driver.start("noStopConstructionBonus", "applicant2");
    assertThatThrownBy(() -> driver.complete(unknown, "filing", "applicant2", noStopConstruction("XM-NOT-THERE")))
        .isInstanceOf(Refusal.class).hasMessageContaining("不在项目建设综合协调办公室的重点项目库中");
    ProcessInstance hasOffer = driver.start("noStopConstructionBonus", "applicant6");
    assertThatThrownBy(() -> driver.complete(hasOffer, "filing", "applicant6", noStopConstruction("XM-2024-BQ-001")))
        .isInstanceOf(Refusal.class).hasMessageContaining("免申即享").hasMessageContaining("确认申领");

    ProcessInstance registered = driver.start("noStopConstructionBonus", "applicant2");
    driver.complete(registered, "filing", "applicant2", noStopConstruction("XM-2024-DY-002"));
    assertThat(driver.task(registered, "townshipVerification")).isNotNull();
  }

  private ProcessInstance runtime(Application application) {
    return driver.as("admin", () -> org.camunda.bpm.engine.ProcessEngines.getProcessEngine("holderData")
        .getRuntimeService().createProcessInstanceQuery().processInstanceId(application.getProcessInstanceId())
        .singleResult());
  }
}
