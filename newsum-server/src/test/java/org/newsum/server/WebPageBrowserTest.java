package org.newsum.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Uses the page as a person would, in headless Chromium (Debian's chromium + chromium-driver,
 * never downloaded): pastes the articles, clicks Summarize, checks that the summary shows each
 * sentence's source and that clicking a sentence highlights it in its source text, and saves
 * screenshots under target/screenshots. Skipped with a reason when Chromium is missing, unless
 * {@code CI=true}, where it must run.
 */
class WebPageBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /** Selenium warns that it has no CDP classes for this Chromium version; raw CDP commands work. */
  private static final java.util.logging.Logger CDP_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  private static TestServer server;
  private static ChromeDriver browser;
  private static Path profile;

  @BeforeAll
  static void start() throws IOException {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && !"true".equals(System.getenv("CI"))) {
      String reason = "browser test skipped: " + CHROMIUM + " and " + CHROMEDRIVER
          + " are needed (apt-get install chromium chromium-driver)";
      System.out.println(reason);
      Assumptions.abort(reason);
    }
    assertThat(installed).as("CI=true: chromium and chromium-driver must be installed (see .ci/run)").isTrue();
    CDP_LOG.setLevel(java.util.logging.Level.SEVERE);
    server = TestServer.standard();
    profile = Files.createTempDirectory("newsum-chromium-profile");
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  @Test
  void pastingArticlesGivesASummaryWithSourcesAndHighlights() throws IOException {
    List<String> articles = TestServer.articles();
    // Tall enough that the results need no page scrolling: the pointer stays where the test puts it.
    browser.manage().window().setSize(new Dimension(1280, 2400));
    browser.get(server.address().toString());
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    wait.until(d -> d.findElements(By.cssSelector("#method option")).size() > 1);

    for (int i = 0; i < articles.size(); i++) {
      if (i >= browser.findElements(By.cssSelector("#articles .article")).size()) {
        browser.findElement(By.id("add-article")).click();
      }
      paste(browser.findElements(By.cssSelector("#articles .article-text")).get(i), articles.get(i));
    }
    WebElement length = browser.findElement(By.id("length"));
    length.clear();
    length.sendKeys("100");
    browser.findElement(By.id("summarize")).click();

    List<WebElement> sentences = wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".summary-sentence"), 0));
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Done.");
    for (WebElement sentence : sentences) {
      String text = sentence.findElement(By.cssSelector(".sentence-text")).getText();
      String badge = sentence.findElement(By.cssSelector(".source .badge")).getText();
      assertThat(badge).as("source letter").matches("[A-Z]");
      assertThat(visible(articles.get(badge.charAt(0) - 'A'))).as("sentence is from article " + badge).contains(visible(text));
      assertThat(sentence.findElement(By.cssSelector(".source-title")).getText()).isNotBlank();
    }
    assertThat(browser.findElements(By.cssSelector(".source-doc"))).hasSize(articles.size());

    WebElement last = sentences.get(sentences.size() - 1);
    new Actions(browser).moveToElement(last).perform();
    assertThat(browser.findElement(By.cssSelector(".source-text mark.active")).getAttribute("data-sentence"))
        .as("hovering the last sentence highlights it").isEqualTo(String.valueOf(sentences.size() - 1));
    WebElement first = sentences.get(0);
    first.click();
    WebElement highlighted = browser.findElement(By.cssSelector(".source-text mark.active"));
    assertThat(visible(highlighted.getText())).isEqualTo(visible(first.findElement(By.cssSelector(".sentence-text")).getText()));
    screenshot("page-desktop.png", 1280);

    browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
    try {
      Object overflow = browser.executeScript(
          "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertThat(((Number) overflow).intValue()).as("no sideways scrolling at phone width").isLessThanOrEqualTo(0);
      screenshot("page-phone.png", 390);
    } finally {
      browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  @Test
  void aServerErrorIsShownToTheUser() {
    browser.get(server.address().toString());
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.until(d -> d.findElements(By.cssSelector("#method option")).size() > 1);
    paste(browser.findElements(By.cssSelector("#articles .article-text")).get(0), TestServer.INLINE_ARTICLES.get(0));
    WebElement length = browser.findElement(By.id("length"));
    length.clear();
    length.sendKeys("0");
    browser.findElement(By.id("summarize")).click();

    wait.until(ExpectedConditions.attributeContains(By.id("status"), "class", "error"));
    assertThat(browser.findElement(By.id("status")).getText()).contains("at least 1");
  }

  @Test
  void givenDatesOrderTheSummaryEarliestFirst() {
    browser.get(server.address().toString());
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.until(d -> d.findElements(By.cssSelector("#method option")).size() > 1);
    List<WebElement> texts = browser.findElements(By.cssSelector("#articles .article-text"));
    List<WebElement> dates = browser.findElements(By.cssSelector("#articles .article-date"));
    paste(texts.get(0), "Leaders of the world's largest economies ended their summit in Hamburg on Saturday with a statement on trade.");
    paste(texts.get(1), "Thousands of protesters marched through the streets of Hamburg on Thursday before the start of the meeting.");
    paste(dates.get(0), "2017-07-08");
    paste(dates.get(1), "2017-07-06");
    new Select(browser.findElement(By.id("unit"))).selectByValue("sentences");
    WebElement length = browser.findElement(By.id("length"));
    length.clear();
    length.sendKeys("2");
    browser.findElement(By.id("summarize")).click();

    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".summary-sentence"), 2));
    assertThat(browser.findElements(By.cssSelector(".summary-sentence .source .badge")).stream().map(WebElement::getText))
        .as("article B is dated earlier").containsExactly("B", "A");
  }

  @Test
  void chosenFilesFillArticleBoxesAndHtmlIsExtractedOnTheServer() throws IOException {
    browser.get(server.address().toString());
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.until(d -> d.findElements(By.cssSelector("#method option")).size() > 1);
    browser.findElement(By.id("add-article")).click();
    browser.findElements(By.cssSelector("#articles .remove")).get(2).click();
    assertThat(browser.findElements(By.cssSelector("#articles .article"))).as("add, then remove").hasSize(2);

    Path dir = Files.createTempDirectory("newsum-page-files");
    Path text = Files.writeString(dir.resolve("report.txt"), TestServer.INLINE_ARTICLES.get(1));
    Path page = Files.writeString(dir.resolve("page.html"), "<html><head><title>x</title></head><body><nav>Home | World</nav>"
        + "<article><h1>Protests as the summit opens</h1><p>" + TestServer.INLINE_ARTICLES.get(2) + "</p></article></body></html>");
    browser.findElement(By.id("file-input")).sendKeys(text + "\n" + page);
    wait.until(d -> d.findElements(By.cssSelector(".article-note")).stream().filter(WebElement::isDisplayed).count() == 2);
    assertThat(browser.findElements(By.cssSelector("#articles .article"))).as("the two empty boxes were filled").hasSize(2);

    browser.findElement(By.id("summarize")).click();
    wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".summary-sentence"), 0));
    List<String> sourceTitles = browser.findElements(By.cssSelector(".source-doc > h3 .title")).stream().map(WebElement::getText).toList();
    assertThat(sourceTitles).contains("Protests as the summit opens");
    assertThat(browser.findElement(By.id("sources")).getText()).doesNotContain("Home | World", "<p>");
    Files.delete(text);
    Files.delete(page);
    Files.delete(dir);
  }

  /** Text as the browser reports it: no-break spaces as spaces, runs of white space as one. */
  private static String visible(String text) {
    return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }

  /** Puts text into a text area (or any input) as a paste does: all at once, then an input event. */
  private static void paste(WebElement area, String text) {
    browser.executeScript(
        "arguments[0].focus(); arguments[0].value = arguments[1];"
            + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", area, text);
  }

  /** Saves a screenshot of the whole page (from the top) at the given CSS width. */
  private static void screenshot(String name, int width) throws IOException {
    browser.executeScript("window.scrollTo(0, 0);");
    Number height = (Number) browser.executeScript("return Math.ceil(document.body.getBoundingClientRect().height);");
    Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", height.intValue(), "scale", 1);
    Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
        Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    Path file = SCREENSHOTS.resolve(name);
    Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    System.out.println("screenshot: " + file.toAbsolutePath());
  }
}
