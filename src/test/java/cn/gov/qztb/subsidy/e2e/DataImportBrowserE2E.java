package cn.gov.qztb.subsidy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.qztb.subsidy.reference.Dataset;
import cn.gov.qztb.subsidy.reference.EnterpriseKind;
import cn.gov.qztb.subsidy.support.HolderData;
import cn.gov.qztb.subsidy.support.TestEnterprises;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Cockpit's 数据导入 as a data holder meets it, in a real browser whose language is zh-CN: gongdian
 * (惠安供电公司) finds the page in the header, sees its one dataset and its columns, uploads a file
 * with bad rows and is shown every problem by row and column (nothing imported), then a good file
 * and is shown what was added and which row names an enterprise not registered in the zone; the
 * file's name, whatever it holds, is shown as text. A unit that holds no dataset is told so. On its
 * own engine and database (like {@link cn.gov.qztb.subsidy.support.HolderDataTest}): the imported
 * figures would otherwise meet the other browser tests' filings. Screenshots under
 * target/e2e-screenshots/ (28-…, 29-…, 30-…).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@TestPropertySource(properties = "camunda.bpm.process-engine-name=holderData")
class DataImportBrowserE2E {

  static final String COCKPIT = "/camunda/app/cockpit/holderData/";
  /** A valid credit code of no enterprise registered in the zone. */
  static final String OUTSIDER = "91350100M000100Y43";
  /** A file name a holder might well not have chosen: it must come back as text. */
  static final String FILE_NAME = "用电<img src=x onerror=document.title=1>.csv";

  @LocalServerPort int port;
  @Autowired TestEnterprises enterprises;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aHolderImportsItsDatasetInCockpit() {
    String code = enterprises.staffOfNew(EnterpriseKind.INDUSTRIAL_ABOVE_SIZE, "luoyang").enterpriseCode();

    try (WebappBrowser browser = new WebappBrowser("http://localhost:" + port)) {
      browser.logIn("cockpit/holderData", "gongdian");
      browser.go(COCKPIT + "#/dashboard");
      assertThat(browser.visible("a.subsidy-imports-link")).as("数据导入 in the header").isEqualTo(1);
      browser.script("document.querySelector('a.subsidy-imports-link').click()");
      browser.awaitText("工业用电量（千瓦时）");
      assertThat(browser.script("return location.hash")).isEqualTo("#/data-imports");
      assertThat(browser.script("return [...document.querySelectorAll('.subsidy-import-dataset')]"
          + ".map(panel => panel.getAttribute('data-dataset')).join(',')")).isEqualTo("electricity");
      assertThat(browser.script("return [...document.querySelectorAll('.subsidy-import-columns li')]"
          + ".map(item => item.textContent).join(',')")).isEqualTo("统一社会信用代码,月份,工业用电量（千瓦时）");
      assertThat(browser.text()).contains("数据导入", "工业用电量", "electricity", "选择文件", "未选择文件", "导入", "最近的导入")
          .doesNotContain("Choose File", "No file chosen");

      // a month that does not exist, a negative amount: every problem named, nothing imported
      upload(browser, "用电.csv", code + ",2024-01,120000", code + ",2024-13,5000", code + ",2024-02,-5");
      browser.awaitText("未导入任何数据");
      String refused = browser.text();
      assertThat(refused).contains("文件有2处问题", "行号", "列", "问题", "第3行", "月份", "第4行", "工业用电量（千瓦时）")
          .as("the chosen file, kept for another try").contains("用电.csv");
      assertThat(browser.script("return [...document.querySelectorAll('.subsidy-import-problems tbody tr')]"
          + ".map(row => row.cells[0].textContent + '|' + row.cells[1].textContent).join(',')"))
          .isEqualTo("第3行|月份,第4行|工业用电量（千瓦时）");
      assertThat(records(code)).isZero();
      browser.screenshot("28-cockpit-data-import-refused");

      // the corrected file: two rows added, the outsider's row reported and left out
      upload(browser, FILE_NAME, code + ",2024-01,120000", code + ",2024-02,98000", OUTSIDER + ",2024-01,5000");
      browser.awaitText("导入完成");
      String imported = browser.text();
      assertThat(imported).contains("导入完成：共3行，新增2条", "新增 2 条", "未变 0 条", "更正 0 条",
          "第4行 统一社会信用代码 " + OUTSIDER + " 未在本区登记，未导入", "未选择文件").doesNotContain("未导入任何数据");
      assertThat(records(code)).isEqualTo(2);
      browser.awaitText(FILE_NAME);
      assertThat(browser.script("return [...document.querySelector('.subsidy-import-history tbody tr').cells]"
          + ".map(cell => cell.textContent).slice(1).join('|')")).as("the newest import")
          .isEqualTo("工业用电量|" + FILE_NAME + "|gongdian|3|2|0|0|1");
      assertThat(browser.script("return document.querySelector('.subsidy-import-history tbody td').textContent"))
          .asString().matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
      assertThat(browser.present(".subsidy-imports img")).as("the file name is text").isZero();
      assertThat(browser.script("return document.title")).isNotEqualTo("1");
      browser.screenshot("29-cockpit-data-import-done");

      // the same figures again change nothing
      upload(browser, "用电.csv", code + ",2024-01,120000", code + ",2024-02,98000");
      browser.awaitText("数据与已导入的完全相同");
      assertThat(browser.text()).contains("未变 2 条");

      // a unit that holds no dataset
      browser.logIn("cockpit/holderData", "caijin");
      browser.go(COCKPIT + "#/data-imports");
      browser.awaitText("您不是任何数据集的持有单位，不能导入数据。");
      assertThat(browser.present(".subsidy-import-dataset")).isZero();
      browser.screenshot("30-cockpit-data-import-not-a-holder");
    }
  }

  /** Picks a CSV file of electricity rows in the dataset's panel, and presses 导入. */
  private static void upload(WebappBrowser browser, String fileName, String... rows) {
    browser.script("""
        const [name, text] = arguments;
        const panel = document.querySelector('.subsidy-import-dataset[data-dataset="electricity"]');
        panel.querySelector('.subsidy-import-answer').textContent = '';
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], name, { type: 'text/csv' }));
        const input = panel.querySelector('input[type=file]');
        input.files = transfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
        panel.querySelector('button[type=submit]').click();""", fileName, HolderData.csv(Dataset.ELECTRICITY, rows));
  }

  private int records(String code) {
    return jdbc.queryForObject("select count(*) from holder_record where record_key = ?", Integer.class, code);
  }
}
