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
import cn.gov.qztb.subsidy.application.ApplicationStatus;
import cn.gov.qztb.subsidy.ledger.AwardRepository;
import cn.gov.qztb.subsidy.reference.Dataset;
import cn.gov.qztb.subsidy.reference.Enterprise;
import cn.gov.qztb.subsidy.reference.EnterpriseKind;
import cn.gov.qztb.subsidy.support.ApplicationDriver;
import cn.gov.qztb.subsidy.support.HolderData;
import cn.gov.qztb.subsidy.support.HolderDataTest;
import cn.gov.qztb.subsidy.support.TestEnterprises;
import cn.gov.qztb.subsidy.support.TestEnterprises.Staff;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 免申即享: offers made from the holders' figures, and the enterprise's three answers. */
@HolderDataTest
class OfferTest {

  @Autowired HolderData data;
  @Autowired TestEnterprises enterprises;
  @Autowired ApplicationDriver driver;
  @Autowired ApplicationRepository applications;
  @Autowired ApplicationEventRepository events;
  @Autowired AwardRepository awards;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  /** January–February 2023: 400,000 + 300,000 kWh; 2024: 420,000 + 330,000: an increment of 50,000 kWh. */
  private void electricity(Staff staff) {
    String code = staff.enterpriseCode();
    data.upload(Dataset.ELECTRICITY, "gongdian", code + ",2023-01,400000", code + ",2023-02,300000",
        code + ",2024-01,420000", code + ",2024-02,330000");
  }

  private ProcessInstance offerOf(Staff staff, String programKey) {
    List<Application> offers = applications.findAll().stream()
        .filter(a -> a.getEnterpriseCode().equals(staff.enterpriseCode()) && a.getProgramKey().equals(programKey))
        .toList();
    assertThat(offers).hasSize(1);
    return runtime.createProcessInstanceQuery().processInstanceId(offers.get(0).getProcessInstanceId()).singleResult();
  }

  @Test
  void anEligibleEnterpriseIsOfferedTheAwardAndConfirmingSendsItToItsTownship() {
    Staff staff = enterprises.staffOfNew(EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "baiqi");
    electricity(staff);
    assertThat(data.matchOffers()).isPositive();

    ProcessInstance offer = offerOf(staff, "electricityIncrementReward");
    Task confirm = driver.task(offer, "confirmOffer");
    assertThat(tasks.getIdentityLinksForTask(confirm.getId())).extracting(link -> link.getGroupId())
        .containsExactly(Enterprise.groupIdOf(staff.enterpriseCode()));
    assertThat(confirm.getAssignee()).isNull();
    Map<String, Object> shown = driver.variables(offer);
    assertThat(shown.get("awardAmountText")).isEqualTo("10,000.00 元");
    assertThat((String) shown.get("offerNote")).contains("第9条", "用电增量奖励", "10,000.00 元");
    assertThat((String) shown.get("dataComparison")).contains("数据来源：惠安供电公司，", "导入");
    assertThat((String) shown.get("filingSummary")).contains("2024年1月工业用电量（千瓦时）：420000");
    Application application = applications.findByProcessInstanceId(offer.getId()).orElseThrow();
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.OFFERED);
    assertThat(application.isOffered()).isTrue();

    driver.complete(offer, "confirmOffer", staff.userId(), Map.of("offerDecision", "ACCEPT"));

    assertThat(applications.findById(application.getBusinessKey()).orElseThrow().getStatus())
        .isEqualTo(ApplicationStatus.FILED);
    assertThat(applications.findById(application.getBusinessKey()).orElseThrow().getApplicantUserId())
        .isEqualTo(staff.userId());
    driver.complete(offer, "townshipVerification", "baiqi", township("APPROVE", null));
    driver.complete(offer, "bureauApproval", "keji", bureau("APPROVE", null));
    driver.runJobs(offer);
    assertThat(awards.findByBusinessKey(application.getBusinessKey()).orElseThrow().getAmount())
        .isEqualByComparingTo("10000.00");
  }

  @Test
  void onlyTheOfferedEnterpriseMayAnswerAndEveryAnswerIsChecked() {
    Staff staff = enterprises.staffOfNew(EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "baiqi");
    Staff other = enterprises.staffOfNew(EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "baiqi");
    electricity(staff);
    data.matchOffers();
    ProcessInstance offer = offerOf(staff, "electricityIncrementReward");
    Task confirm = driver.task(offer, "confirmOffer");

    assertThatThrownBy(() -> driver.as(other.userId(), () -> {
      tasks.complete(confirm.getId(), Map.of("offerDecision", "ACCEPT"));
      return null;
    })).isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> driver.complete(offer, "confirmOffer", "baiqi", Map.of("offerDecision", "ACCEPT")))
        .isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> driver.complete(offer, "confirmOffer", staff.userId(), Map.of("offerDecision", "PAY_ME")))
        .isInstanceOf(Refusal.class).hasMessageContaining("「申领意见」（offerDecision）不是有效选项");
    assertThatThrownBy(() -> driver.complete(offer, "confirmOffer", staff.userId(), Map.of("offerDecision", "DECLINE")))
        .isInstanceOf(Refusal.class).hasMessageContaining("「说明」（offerComment）选择“不申领”时必须填写理由");

    assertThat(driver.task(offer, "confirmOffer").getId()).isEqualTo(confirm.getId());
    assertThat(applications.findByProcessInstanceId(offer.getId()).orElseThrow().getStatus())
        .isEqualTo(ApplicationStatus.OFFERED);
  }

  @Test
  void aDeclinedOfferEndsIsNotOfferedAgainAndTheEnterpriseMayStillApply() {
    Staff staff = enterprises.staffOfNew(EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "baiqi");
    electricity(staff);
    data.matchOffers();
    ProcessInstance offer = offerOf(staff, "electricityIncrementReward");

    driver.complete(offer, "confirmOffer", staff.userId(), Map.of("offerDecision", "DECLINE", "offerComment", "本年度不申请"));

    assertThat(driver.isRunning(offer)).isFalse();
    Application declined = applications.findByProcessInstanceId(offer.getId()).orElseThrow();
    assertThat(declined.getStatus()).isEqualTo(ApplicationStatus.DECLINED);
    assertThat(events.findByBusinessKeyOrderByIdAsc(declined.getBusinessKey())).extracting(ApplicationEvent::getAction)
        .contains(ApplicationEvent.Action.OFFERED, ApplicationEvent.Action.OFFER_DECLINED);

    electricity(staff);
    data.matchOffers();
    assertThat(applications.findAll().stream().filter(a -> a.getEnterpriseCode().equals(staff.enterpriseCode())))
        .hasSize(1);

    ProcessInstance manual = driver.start("electricityIncrementReward", staff.userId());
    driver.complete(manual, "filing", staff.userId(), Map.of("period", "JAN_FEB", "kwhJan2023", "400000",
        "kwhFeb2023", "300000", "kwhJan2024", "420000", "kwhFeb2024", "330000"));
    assertThat(driver.task(manual, "townshipVerification")).isNotNull();
  }

  @Test
  void aDisputedOfferBecomesAFilingStartingFromTheDataAndTheTownshipSeesBothFigures() {
    Staff staff = enterprises.staffOfNew(EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "baiqi");
    electricity(staff);
    data.matchOffers();
    ProcessInstance offer = offerOf(staff, "electricityIncrementReward");

    assertThatThrownBy(() -> driver.complete(offer, "confirmOffer", staff.userId(), Map.of("offerDecision", "DISPUTE")))
        .isInstanceOf(Refusal.class).hasMessageContaining("选择“数据有误”时必须填写理由");
    driver.complete(offer, "confirmOffer", staff.userId(),
        Map.of("offerDecision", "DISPUTE", "offerComment", "2月用电量漏计一台变压器"));

    Task filing = driver.task(offer, "filing");
    assertThat(filing.getAssignee()).isEqualTo(staff.userId());
    Map<String, Object> prefilled = driver.variables(offer);
    assertThat(prefilled).containsEntry("kwhFeb2024", 330000L).containsEntry("period", "JAN_FEB");
    assertThat(applications.findByProcessInstanceId(offer.getId()).orElseThrow().getStatus())
        .isEqualTo(ApplicationStatus.DISPUTED);

    driver.complete(offer, "filing", staff.userId(), Map.of("period", "JAN_FEB", "kwhJan2023", "400000",
        "kwhFeb2023", "300000", "kwhJan2024", "420000", "kwhFeb2024", "350000"));

    String comparison = (String) driver.variables(offer).get("dataComparison");
    assertThat(comparison).contains("申报数据与数据持有单位数据有1处不一致",
        "⚠ 「2024年2月工业用电量（千瓦时）」申报：350000；数据：330000", "数据来源：惠安供电公司");
    assertThat(driver.task(offer, "townshipVerification")).isNotNull();
  }

  @Test
  void aManualFilingForASubjectWithAnOpenOfferIsRefusedPointingToTheOffer() {
    Staff staff = enterprises.staffOfNew(EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "baiqi");
    electricity(staff);
    data.matchOffers();
    String number = offerOf(staff, "electricityIncrementReward").getBusinessKey();

    ProcessInstance manual = driver.start("electricityIncrementReward", staff.userId());
    assertThatThrownBy(() -> driver.complete(manual, "filing", staff.userId(), Map.of("period", "JAN_FEB",
        "kwhJan2023", "400000", "kwhFeb2023", "300000", "kwhJan2024", "420000", "kwhFeb2024", "330000")))
        .isInstanceOf(Refusal.class).hasMessageContaining("免申即享").hasMessageContaining(number)
        .hasMessageContaining("确认申领");
  }

  @Test
  void aClientCannotStartItsOwnApplicationAsAnOffer() {
    Staff staff = enterprises.staffOfNew(EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "baiqi");
    ProcessInstance started = driver.as(staff.userId(), () -> runtime.startProcessInstanceByKey(
        "electricityIncrementReward", Map.of("offer", true, "offerDecision", "ACCEPT", "offered", true)));

    assertThat(driver.task(started, "filing")).isNotNull();
    Application application = applications.findByProcessInstanceId(started.getId()).orElseThrow();
    assertThat(application.isOffered()).isFalse();
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.DRAFT);
  }

  @Test
  void anUnansweredOfferIsRemindedThenExpiresAndFreesItsSubject() {
    Staff staff = enterprises.staffOfNew(EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "baiqi");
    electricity(staff);
    data.matchOffers();
    ProcessInstance offer = offerOf(staff, "electricityIncrementReward");
    Application application = applications.findByProcessInstanceId(offer.getId()).orElseThrow();
    List<Job> timers = management.createJobQuery().processInstanceId(offer.getId()).timers().orderByJobDuedate().asc()
        .list();
    assertThat(timers).hasSize(2);
    long days = java.time.Duration.between(application.getCreatedAt(), timers.get(1).getDuedate().toInstant()).toDays();
    assertThat(days).isEqualTo(30);
    assertThat(java.time.Duration.between(timers.get(0).getDuedate().toInstant(), timers.get(1).getDuedate().toInstant())
        .toDays()).isEqualTo(7);

    management.executeJob(timers.get(0).getId());
    assertThat(driver.task(offer, "confirmOffer")).isNotNull();
    management.executeJob(timers.get(1).getId());

    assertThat(driver.isRunning(offer)).isFalse();
    assertThat(applications.findById(application.getBusinessKey()).orElseThrow().getStatus())
        .isEqualTo(ApplicationStatus.OFFER_EXPIRED);
    assertThat(events.findByBusinessKeyOrderByIdAsc(application.getBusinessKey())).extracting(ApplicationEvent::getAction)
        .containsSubsequence(ApplicationEvent.Action.OFFERED, ApplicationEvent.Action.OFFER_REMINDED,
            ApplicationEvent.Action.OFFER_EXPIRED);
    ProcessInstance manual = driver.start("electricityIncrementReward", staff.userId());
    driver.complete(manual, "filing", staff.userId(), Map.of("period", "JAN_FEB", "kwhJan2023", "400000",
        "kwhFeb2023", "300000", "kwhJan2024", "420000", "kwhFeb2024", "330000"));
    assertThat(driver.task(manual, "townshipVerification")).isNotNull();
  }

  @Test
  void incompleteOrIneligibleDataOffersNothing() {
    Staff missingMonth = enterprises.staffOfNew(EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "baiqi");
    Staff noIncrement = enterprises.staffOfNew(EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "baiqi");
    String a = missingMonth.enterpriseCode();
    String b = noIncrement.enterpriseCode();
    data.upload(Dataset.ELECTRICITY, "gongdian", a + ",2023-01,400000", a + ",2023-02,300000", a + ",2024-01,420000",
        b + ",2023-01,400000", b + ",2023-02,300000", b + ",2024-01,400000", b + ",2024-02,300000");
    data.matchOffers();

    assertThat(applications.findAll()).noneMatch(app -> app.getEnterpriseCode().equals(a) || app.getEnterpriseCode().equals(b));
  }
}
