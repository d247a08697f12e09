package cn.gov.qztb.subsidy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.application.Application;
import cn.gov.qztb.subsidy.application.ApplicationRepository;
import cn.gov.qztb.subsidy.application.ApplicationStatus;
import cn.gov.qztb.subsidy.reference.Dataset;
import cn.gov.qztb.subsidy.reference.EnterpriseKind;
import cn.gov.qztb.subsidy.support.HolderData;
import cn.gov.qztb.subsidy.support.TestEnterprises;
import cn.gov.qztb.subsidy.support.TestEnterprises.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * 免申即享 as the enterprise meets it in Tasklist: after 惠安供电公司's import the offer waits in
 * 本组待办 as 确认申领, showing the figures, their source, the amount and the clause; one click
 * confirms it. On the holders' own engine and database (see DataImportBrowserE2E). Screenshot
 * 31-tasklist-offer-confirmation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@TestPropertySource(properties = "camunda.bpm.process-engine-name=holderData")
class OfferBrowserE2E {

  @LocalServerPort int port;
  @Autowired TestEnterprises enterprises;
  @Autowired HolderData data;
  @Autowired ApplicationRepository applications;

  @Test
  void theEnterpriseConfirmsItsOfferWithOneClick() throws InterruptedException {
    Staff staff = enterprises.staffOfNew(EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "baiqi");
    String code = staff.enterpriseCode();
    data.upload(Dataset.ELECTRICITY, "gongdian", code + ",2023-01,400000", code + ",2023-02,300000",
        code + ",2024-01,420000", code + ",2024-02,330000");
    data.matchOffers();
    Application offer = applications.findAll().stream().filter(a -> a.getEnterpriseCode().equals(code)).findFirst()
        .orElseThrow();

    try (Browser browser = new Browser("http://localhost:" + port)) {
      // the holders' engine: with other browser tests in the same JVM, "default" is another engine
      browser.logIn("tasklist/holderData", staff.userId());
      browser.openFilter("本组待办");
      browser.openTask("确认申领", offer.getBusinessKey());
      browser.claim();
      assertThat(browser.value("奖补金额")).isEqualTo("10,000.00 元");
      assertThat(browser.value("免申即享提示")).contains("第9条", "用电增量奖励", "10,000.00 元");
      assertThat(browser.value("数据来源")).contains("数据来源：惠安供电公司");
      assertThat(browser.value("奖补依据数据")).contains("2024年2月工业用电量（千瓦时）：330000");
      browser.screenshot("31-tasklist-offer-confirmation");
      browser.choose("确认申领");
      browser.complete();
    }
    for (int i = 0; i < 50 && status(offer) == ApplicationStatus.OFFERED; i++) {
      Thread.sleep(200);
    }
    assertThat(status(offer)).isEqualTo(ApplicationStatus.FILED);
  }

  private ApplicationStatus status(Application offer) {
    return applications.findById(offer.getBusinessKey()).orElseThrow().getStatus();
  }
}
