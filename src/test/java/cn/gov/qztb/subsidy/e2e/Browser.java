package cn.gov.qztb.subsidy.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's packages (/usr/bin/chromium, /usr/bin/chromedriver) with the
 * language set to zh-CN, the time zone Asia/Shanghai and a fresh profile; nothing is downloaded. Knows its way around
 * Camunda's Tasklist and Camunda Forms.
 */
final class Browser implements AutoCloseable {

  static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");

  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private final String baseUrl;
  private final Path profile;

  Browser(String baseUrl) {
    this.baseUrl = baseUrl;
    try {
      this.profile = Files.createTempDirectory("chromium-profile");
      Files.createDirectories(SCREENSHOTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--lang=zh-CN", "--window-size=1400,1100",
        "--user-data-dir=" + profile.toAbsolutePath());
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver"))
        .withEnvironment(Map.of("TZ", "Asia/Shanghai")).build(); // the district's clock, as its clerks see it
    this.driver = new ChromeDriver(service, options);
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  void logIn(String app, String user) {
    driver.manage().deleteAllCookies();
    driver.get(baseUrl + "/camunda/app/" + app + "/");
    WebElement username = visible(By.cssSelector("input[ng-model=username]"));
    username.sendKeys(user);
    driver.findElement(By.cssSelector("input[ng-model=password]")).sendKeys("demo");
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model=password]")));
    pause(1500);
  }

  void logOut() {
    driver.manage().deleteAllCookies();
    driver.get(baseUrl + "/camunda/api/admin/auth/user/default/logout");
  }

  void startProcess(String name) {
    openStartDialog(name);
    confirmStart();
  }

  /** Opens 发起流程 and picks the program: its start form shows. */
  void openStartDialog(String name) {
    By start = By.xpath("//a[contains(normalize-space(.),'发起流程')]");
    if (driver.findElements(start).stream().noneMatch(WebElement::isDisplayed)) {
      click(By.cssSelector(".navbar-toggle")); // on a phone the header's menu is folded
    }
    click(start);
    click(By.xpath("//a[normalize-space(.)='" + name + "']"));
    pause(1500);
  }

  void confirmStart() {
    click(By.xpath("//button[normalize-space(.)='发起']"));
    pause(1500);
  }

  void openFilter(String name) {
    click(By.xpath("//div[contains(@class,'task-filter')]//h4/a[starts-with(normalize-space(.),'" + name + "')]"));
    pause(1500);
  }

  /** Opens the task of that name whose list entry shows the application number. */
  void openTask(String taskName, String applicationNumber) {
    click(By.xpath("//li[contains(.,'" + applicationNumber + "')]//a[normalize-space(.)='" + taskName + "']"));
    visible(By.cssSelector(".fjs-form"));
    pause(1000);
  }

  void claim() {
    retrying(() -> {
      List<WebElement> claim = driver.findElements(By.xpath("//*[normalize-space(text())='认领']"));
      if (!claim.isEmpty()) {
        claim.get(0).click();
      }
    });
    pause(1500);
  }

  WebElement field(String label) {
    WebElement labelElement = visible(By.xpath("//label[starts-with(normalize-space(.),'" + label + "')]"));
    return driver.findElement(By.id(labelElement.getAttribute("for")));
  }

  void type(String label, String value) {
    retrying(() -> {
      WebElement input = field(label);
      scrollTo(input);
      // form-js controls its inputs: clear them the way a person does
      input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
      input.sendKeys(value);
    });
  }

  /** Uploads a file as the 申报材料 of that kind (its label) above the open 填报申请 form, and waits until it is listed. */
  void uploadDocument(String kindLabel, Path file) {
    By row = By.xpath("//div[contains(@class,'subsidy-document-kind')][strong[normalize-space(.)='" + kindLabel + "']]");
    retrying(() -> {
      WebElement kind = visible(row);
      scrollTo(kind);
      kind.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
      kind.findElement(By.cssSelector(".subsidy-document-upload")).click();
    });
    String name = file.getFileName().toString();
    try {
      // the panel is drawn anew after each upload: an element found a moment ago may be gone
      wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElements(row).stream()
          .anyMatch(kind -> kind.findElements(By.cssSelector(".subsidy-document-file")).stream()
              .anyMatch(link -> link.getText().equals(name))));
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("failed-uploading-" + name);
      throw new AssertionError("「" + name + "」 was not listed under 「" + kindLabel + "」; the page shows: " + text(), e);
    }
  }

  void select(String label, String option) {
    By group = By.xpath("//label[starts-with(normalize-space(.),'" + label + "')]"
        + "/ancestor::div[contains(@class,'fjs-form-field-select')]//div[contains(@class,'fjs-input-group')]");
    pause(300);
    click(group);
    click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='" + option + "']"));
  }

  /** Picks an option of a searchable select (e.g. 举办国家（地区）) by typing part of it. */
  void search(String label, String typed, String option) {
    By input = By.xpath("//label[starts-with(normalize-space(.),'" + label + "')]"
        + "/ancestor::div[contains(@class,'fjs-form-field-select')]//input");
    pause(300);
    click(input);
    driver.findElement(input).sendKeys(typed);
    pause(300);
    click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='" + option + "']"));
  }

  /** Ticks a checkbox of a Camunda Form by its label. */
  void check(String label) {
    click(By.xpath("//label[contains(@class,'fjs-form-field-label') and starts-with(normalize-space(.),'" + label + "')]"
        + "/ancestor::div[contains(@class,'fjs-form-field-checkbox')]//input[@type='checkbox']"));
  }

  /** Whether a button with this text stands in the form field of that label. */
  boolean fieldHasButton(String label, String button) {
    return !driver.findElements(By.xpath("//label[starts-with(normalize-space(.),'" + label + "')]"
        + "/ancestor::div[contains(@class,'fjs-form-field')][1]//button[normalize-space(.)='" + button + "']")).isEmpty();
  }

  void choose(String option) {
    click(By.xpath("//label[contains(@class,'fjs-form-field-label') and normalize-space(.)='" + option + "']"));
  }

  String value(String label) {
    return field(label).getAttribute("value");
  }

  WebElement completeButton() {
    return visible(By.xpath("//button[@type='submit' and normalize-space(.)='完成']"));
  }

  void complete() {
    dismissNotifications();
    click(By.xpath("//button[@type='submit' and normalize-space(.)='完成']"));
    pause(1800);
  }

  /** Clicks 完成 leaving the notifications as they are (the page's own script clears an old refusal). */
  void completeKeepingNotifications() {
    click(By.xpath("//button[@type='submit' and normalize-space(.)='完成']"));
    pause(1800);
  }

  /** The text of the notifications on screen. */
  String notificationText() {
    return driver.findElements(By.cssSelector(".notifications .alert")).stream().filter(WebElement::isDisplayed)
        .map(WebElement::getText).reduce("", (a, b) -> a + "\n" + b);
  }

  /** Tasklist's notifications sit over the bottom right corner, where the complete button is. */
  void dismissNotifications() {
    retrying(() -> {
      for (WebElement close : driver.findElements(By.cssSelector(".page-notifications .close"))) {
        if (close.isDisplayed()) {
          close.click();
        }
      }
    });
    pause(300);
  }

  /** Clicks the button with that text, then the page's own confirmation button. */
  void clickAndConfirm(String buttonText, String confirmText) {
    click(By.xpath("//button[normalize-space(.)='" + buttonText + "']"));
    click(By.xpath("//button[normalize-space(.)='" + confirmText + "']"));
    pause(1500);
  }

  /** Types into Tasklist's first search box and presses Enter. */
  void search(String text) {
    WebElement input = visible(By.cssSelector("[cam-widget-search] input.main-field"));
    input.click();
    input.sendKeys(text);
    input.sendKeys(Keys.ENTER);
    pause(2000);
  }

  /** The name of the filter Tasklist has selected. */
  String activeFilter() {
    return visible(By.cssSelector(".task-filter.active h4")).getText().trim();
  }

  /** The application numbers of the tasks in the list, in the order shown. */
  List<String> listedNumbers() {
    return driver.findElements(By.cssSelector("[cam-tasks] li.task")).stream()
        .map(item -> item.getText()).map(text -> {
          java.util.regex.Matcher m = java.util.regex.Pattern.compile("[A-Z]{2,5}-\\d{4}-\\d{6}").matcher(text);
          return m.find() ? m.group() : "";
        }).toList();
  }

  /** The text of the task card that shows the application number. */
  String card(String applicationNumber) {
    return visible(By.xpath("//li[contains(@class,'task') and contains(.,'" + applicationNumber + "')]")).getText();
  }

  /** The text of the table row that shows the application number. */
  String rowOf(String applicationNumber) {
    return visible(By.xpath("//tr[@data-application-number='" + applicationNumber + "']")).getText();
  }

  void resize(int width, int height) {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    pause(800);
  }

  boolean displayed(String css) {
    return driver.findElements(By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed);
  }

  /** Where the element's top is, in pixels from the top of the viewport. */
  long topOf(String css) {
    return ((Number) ((JavascriptExecutor) driver).executeScript(
        "window.scrollTo(0,0); return document.querySelector(arguments[0]).getBoundingClientRect().top;", css)).longValue();
  }

  String url() {
    return driver.getCurrentUrl();
  }

  void refresh() {
    driver.navigate().refresh();
    pause(2500);
  }

  boolean pageShows(String text) {
    return driver.getPageSource().contains(text);
  }

  String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Waits until the page's text contains the given text. */
  void awaitText(String text) {
    try {
      wait.until(d -> text().contains(text));
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("failed-awaiting-text");
      throw new AssertionError("the page never showed 「" + text + "」; it shows: " + text(), e);
    }
  }

  boolean alertShown() {
    try {
      driver.switchTo().alert();
      return true;
    } catch (NoAlertPresentException none) {
      return false;
    }
  }

  /** Clicks the first visible element whose own text is exactly this (e.g. a table cell). */
  void clickText(String text) {
    retrying(() -> {
      WebElement element = visible(By.xpath("//*[normalize-space(text())='" + text + "']"));
      scrollTo(element);
      element.click();
    });
  }

  /** The status of a GET of the path from the page, with the page's cookies (as a link the user follows). */
  long fetchStatus(String path) {
    return (Long) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status)).catch(() => done(-1));", path);
  }

  /** The content type a GET of the path answers with. */
  String fetchContentType(String path) {
    return (String) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.headers.get('content-type')))"
        + ".catch(() => done(''));", path);
  }

  void go(String path) {
    driver.get(baseUrl + path);
    pause(2500);
  }

  void screenshot(String name) {
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    try {
      Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void scrollTo(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", element);
  }

  private WebElement visible(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /**
   * Tasklist re-renders its lists while they refresh, so an element found a moment ago may be
   * gone by the time it is clicked: find it again and retry.
   */
  private void click(By locator) {
    retrying(() -> {
      WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
      scrollTo(element);
      element.click();
    });
    pause(700);
  }

  private void retrying(Runnable action) {
    for (int attempt = 1; ; attempt++) {
      try {
        action.run();
        return;
      } catch (StaleElementReferenceException | ElementClickInterceptedException e) {
        if (attempt == 5) {
          throw e;
        }
        pause(500);
      }
    }
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
