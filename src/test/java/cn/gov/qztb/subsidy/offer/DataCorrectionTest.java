package cn.gov.qztb.subsidy.offer;

import static cn.gov.qztb.subsidy.support.Filings.bureau;
import static cn.gov.qztb.subsidy.support.Filings.township;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.qztb.subsidy.Refusal;
import cn.gov.qztb.subsidy.application.Application;
import cn.gov.qztb.subsidy.application.ApplicationEvent;
import cn.gov.qztb.subsidy.application.ApplicationEventRepository;
import cn.gov.qztb.subsidy.application.ApplicationRepository;
import cn.gov.qztb.subsidy.ledger.AwardRepository;
import cn.gov.qztb.subsidy.reference.Dataset;
import cn.gov.qztb.subsidy.reference.EnterpriseKind;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.HolderData;
import cn.gov.qztb.subsidy.support.HolderDataTest;
import cn.gov.qztb.subsidy.support.TestEnterprises;
import cn.gov.qztb.subsidy.support.TestEnterprises.Staff;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A holder corrects figures an application used: shown to its next reviewer, or reviewed by the unit once awarded. */
@HolderDataTest
class DataCorrectionTest {

  @Autowired HolderData data;
  @Autowired TestEnterprises enterprises;
  @Autowired ApplicationDriver driver;
  @Autowired ApplicationRepository applications;
  @Autowired ApplicationEventRepository events;
  @Autowired AwardRepository awards;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  private ProcessInstance acceptedOffer(Staff staff, int feb2024) {
    String code = staff.enterpriseCode();
    data.upload(Dataset.ELECTRICITY, "gongdian", code + ",2023-01,400000", code + ",2023-02,300000",
        code + ",2024-01,420000", code + "," + "2024-02," + feb2024);
    data.matchOffers();
    Application offer = applications.findAll().stream().filter(a -> a.getEnterpriseCode().equals(code)).findFirst()
        .orElseThrow();
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(offer.getProcessInstanceId())
        .singleResult();
    driver.complete(instance, "confirmOffer", staff.userId(), Map.of("offerDecision", "ACCEPT"));
    return instance;
  }

  @Test
  void aCorrectionOfAnOpenApplicationsFigureIsShownToItsNextReviewer() {
    Staff staff = enterprises.staffOfNew(EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "baiqi");
    ProcessInstance instance = acceptedOffer(staff, 330000);

    data.upload(Dataset.ELECTRICITY, "gongdian", staff.enterpriseCode() + ",2024-02,320000");

    String shown = (String) driver.variables(instance).get("dataCorrections");
    assertThat(shown).contains("惠安供电公司数据更正", staff.enterpriseCode() + " 2024-02", "「工业用电量（千瓦时）」330000 → 320000");
    assertThat(events.findByBusinessKeyOrderByIdAsc(instance.getBusinessKey())).extracting(ApplicationEvent::getAction)
        .contains(ApplicationEvent.Action.DATA_CORRECTED);
    assertThat((String) driver.variables(instance).get("dataComparison"))
        .contains("「2024年2月工业用电量（千瓦时）」申报：330000；数据：320000");
  }

  @Test
  void aCorrectionOfAnAwardsFigureOpensAReviewForItsUnitAndChangesNoMoney() {
    Staff staff = enterprises.staffOfNew(EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "baiqi");
    ProcessInstance instance = acceptedOffer(staff, 330000);
    driver.complete(instance, "townshipVerification", "baiqi", township("APPROVE", null));
    driver.complete(instance, "bureauApproval", "keji", bureau("APPROVE", null));
    driver.runJobs(instance);

    data.upload(Dataset.ELECTRICITY, "gongdian", staff.enterpriseCode() + ",2024-02,310000");

    assertThat(awards.findByBusinessKey(instance.getBusinessKey()).orElseThrow().getAmount()).isEqualByComparingTo("10000.00");
    ProcessInstance review = runtime.createProcessInstanceQuery().processDefinitionKey("dataCorrectionReview")
        .processInstanceBusinessKey(instance.getBusinessKey()).singleResult();
    Task task = driver.task(review, "reviewCorrection");
    assertThat(tasks.getIdentityLinksForTask(task.getId())).extracting(link -> link.getGroupId()).containsExactly("unitKeji");
    assertThat((String) driver.variables(review).get("dataCorrections")).contains("330000 → 310000");
    assertThat(driver.variables(review)).containsEntry("awardAmountText", "10,000.00 元");

    assertThatThrownBy(() -> driver.complete(review, "reviewCorrection", "baiqi",
        Map.of("correctionDecision", "KEEP", "correctionComment", "维持")))
        .isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> driver.complete(review, "reviewCorrection", "keji", Map.of("correctionDecision", "KEEP")))
        .isInstanceOf(Refusal.class).hasMessageContaining("复核意见");
    driver.complete(review, "reviewCorrection", "keji",
        Map.of("correctionDecision", "RECONSIDER", "correctionComment", "增量降至30,000千瓦时，另行核减"));

    assertThat(events.findByBusinessKeyOrderByIdAsc(instance.getBusinessKey()))
        .filteredOn(e -> e.getAction() == ApplicationEvent.Action.DATA_REVIEWED)
        .extracting(ApplicationEvent::getComment, ApplicationEvent::getActor)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("需重新核定：增量降至30,000千瓦时，另行核减", "keji"));
    assertThat(awards.findByBusinessKey(instance.getBusinessKey()).orElseThrow().getAmount()).isEqualByComparingTo("10000.00");
  }
}
