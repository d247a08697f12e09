package cn.gov.qztb.subsidy.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium as {@link Browser} starts it (Debian's /usr/bin/chromium and chromedriver,
 * zh-CN, a fresh profile, nothing downloaded), in the time zone of the zone's offices
 * (Asia/Shanghai), for looking at Cockpit and Admin: what is shown, what is visible, what a
 * script on the page says.
 */
final class WebappBrowser implements AutoCloseable {

  static final String TIME_ZONE = "Asia/Shanghai";

  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private final String baseUrl;

  WebappBrowser(String baseUrl) {
    this.baseUrl = baseUrl;
    Path profile;
    try {
      profile = Files.createTempDirectory("chromium-profile");
      Files.createDirectories(Browser.SCREENSHOTS);
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
        .withEnvironment(Map.of("TZ", TIME_ZONE)).build();
    this.driver = new ChromeDriver(service, options);
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  /** Logs in on the app's own login page, with a fresh session. */
  void logIn(String app, String user) {
    driver.manage().deleteAllCookies();
    driver.get(baseUrl + "/camunda/app/" + app + "/");
    WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
    username.sendKeys(user);
    driver.findElement(By.cssSelector("input[ng-model=password]")).sendKeys("demo");
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model=password]")));
    Browser.pause(1500);
  }

  /** Opens a path (with its #/route), and gives the app time to load what it shows. */
  void go(String path) {
    driver.get(baseUrl + path);
    Browser.pause(2500);
  }

  /** The text a person sees (hidden elements have none). */
  String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  void awaitText(String text) {
    wait.until(d -> text().contains(text));
  }

  /** How many elements matching the selector a person sees. */
  long visible(String css) {
    return driver.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).count();
  }

  /** How many elements match the selector, shown or not. */
  int present(String css) {
    return driver.findElements(By.cssSelector(css)).size();
  }

  Object script(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  Object asyncScript(String script, Object... args) {
    return driver.executeAsyncScript(script, args);
  }

  /** Makes the window taller (or back to 1100 pixels), for screenshots that should show more rows. */
  void height(int pixels) {
    driver.manage().window().setSize(new Dimension(1400, pixels));
    Browser.pause(800);
  }

  void screenshot(String name) {
    File shot = driver.getScreenshotAs(OutputType.FILE);
    try {
      Files.copy(shot.toPath(), Browser.SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
