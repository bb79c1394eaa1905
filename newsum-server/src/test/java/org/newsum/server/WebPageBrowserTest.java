package org.newsum.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
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
 * {@code CI=true}, where it must run. With {@code -Dnewsum.docs.screenshots=true} it also refreshes
 * the two screenshots under docs/ (a plain run leaves the tracked files alone).
 */
class WebPageBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  /** Whether to refresh the screenshots under docs/: only on request, so that a test run leaves the tree as it was. */
  private static final boolean REFRESH_DOCS = Boolean.getBoolean("newsum.docs.screenshots");
  /** The screenshot docs/server.md and the README show. */
  private static final Path DOCS_SCREENSHOT = Path.of("..", "docs", "server-page.png");
  /** The screenshot of the "many articles" mode. */
  private static final Path DOCS_STORIES_SCREENSHOT = Path.of("..", "docs", "server-stories.png");
  /** The headlines of the five scraped pages, which the server finds (the pages' first lines are menus). */
  private static final List<String> HEADLINES = List.of(
      "Freight train derails near Norrvik, spilling fertiliser into the Aldre river",
      "Fertiliser spill closes Aldre river after train derailment",
      "Train derailment spills fertiliser into Aldre river",
      "Rail freight and river safety after the Norrvik derailment",
      "Norrvik: fertiliser train derails on river bridge");
  /** A title that would be an image with a script if the page inserted it as HTML. */
  private static final String XSS_TITLE = "Brenna library opens <img src=x onerror=\"document.title='owned'\">";
  private static final String PAGE_HTML = "<!doctype html><html lang=\"en\"><head><title>Protests | Hamburg Daily</title>"
      + "<script>// Try to get the GA Cookie.\nvar ga = 1;</script></head><body><nav>Home | World</nav><article>"
      + "<h1>Protests as the summit opens</h1><p>" + TestServer.INLINE_ARTICLES.get(2) + "</p></article></body></html>";

  /** Selenium warns that it has no CDP classes for this Chromium version; raw CDP commands work. */
  private static final java.util.logging.Logger CDP_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  private static TestServer server;
  private static ChromeDriver browser;
  private static Path profile;
  private static HttpServer pages;

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
    // Fetching from loopback is allowed here: the URL field is tested against a local page.
    server = new TestServer(ServerConfig.defaults().withUrlFetch(ServerConfig.UrlFetch.ANY));
    pages = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    pages.createContext("/protests", ex -> {
      byte[] body = PAGE_HTML.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    });
    pages.start();
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
    if (pages != null) {
      pages.stop(0);
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

    pasteArticles(articles);
    WebElement length = browser.findElement(By.id("length"));
    length.clear();
    length.sendKeys("100");
    browser.findElement(By.id("summarize")).click();

    List<WebElement> sentences = wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".summary-sentence"), 0));
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Done.");
    settle();
    for (WebElement sentence : sentences) {
      String text = sentence.findElement(By.cssSelector(".sentence-text")).getText();
      String badge = sentence.findElement(By.cssSelector(".source .badge")).getText();
      assertThat(badge).as("source letter").matches("[A-Z]");
      assertThat(visible(articles.get(badge.charAt(0) - 'A'))).as("sentence is from article " + badge).contains(visible(text));
      assertThat(sentence.findElement(By.cssSelector(".source-title")).getText()).as("titles come from the server")
          .isEqualTo(HEADLINES.get(badge.charAt(0) - 'A'));
    }
    assertThat(browser.findElements(By.cssSelector(".source-doc > h3 .title")).stream().map(WebElement::getText))
        .as("each source titled by its headline, not its first line (a menu)").containsExactlyElementsOf(HEADLINES);

    WebElement last = sentences.get(sentences.size() - 1);
    new Actions(browser).moveToElement(last).perform();
    assertThat(browser.findElement(By.cssSelector(".source-text mark.active")).getAttribute("data-sentence"))
        .as("hovering the last sentence highlights it").isEqualTo(String.valueOf(sentences.size() - 1));
    WebElement first = sentences.get(0);
    first.click();
    WebElement highlighted = browser.findElement(By.cssSelector(".source-text mark.active"));
    assertThat(visible(highlighted.getText())).isEqualTo(visible(first.findElement(By.cssSelector(".sentence-text")).getText()));
    screenshot("page-desktop.png", 1280);
    publish("page-desktop.png", DOCS_SCREENSHOT);

    atPhoneWidth("page-phone.png");
  }

  @Test
  void lengthsAndErrorsAreSaidInPlainLanguage() {
    open();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    List<String> methods = browser.findElements(By.cssSelector("#method option")).stream().map(WebElement::getText).toList();
    assertThat(methods).doesNotContain("default (default)").contains("default (automatic)", "lexrank");
    paste(browser.findElements(By.cssSelector("#articles .article-text")).get(0), TestServer.INLINE_ARTICLES.get(0));
    paste(browser.findElements(By.cssSelector("#articles .article-text")).get(1), TestServer.INLINE_ARTICLES.get(1));
    WebElement length = browser.findElement(By.id("length"));
    length.clear();
    length.sendKeys("0");
    browser.findElement(By.id("summarize")).click();
    assertThat(browser.findElement(By.id("status")).getText())
        .isEqualTo("The length must be a whole number of words from 1 to 1,000,000 (or leave it empty for 100 words).");

    length.clear();
    browser.findElement(By.id("summarize")).click();
    wait.until(ExpectedConditions.textToBe(By.id("status"), "Done."));
    assertThat(browser.findElement(By.id("summary-meta")).getText()).as("an empty length is the default").startsWith("default · ");

    paste(browser.findElements(By.cssSelector("#articles .article-text")).get(0), "Home\nNews\nSport\nWeather\nSubscribe");
    paste(browser.findElements(By.cssSelector("#articles .article-text")).get(1), "Accept all cookies\nSign in\nMenu");
    browser.findElement(By.id("summarize")).click();
    wait.until(ExpectedConditions.attributeContains(By.id("status"), "class", "error"));
    assertThat(browser.findElement(By.id("status")).getText())
        .isEqualTo("None of the articles has any article text left once menus, ads and links are removed.");
  }

  /** After Summarize at the bottom of a long page the summary is scrolled into view; copy and clear all work. */
  @Test
  void theSummaryComesIntoViewAndCanBeCopiedOrCleared() {
    browser.manage().window().setSize(new Dimension(1280, 700));
    open();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    List<String> articles = TestServer.articles();
    pasteArticles(articles);
    WebElement button = browser.findElement(By.id("summarize"));
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
    assertThat(top("output")).as("the summary starts off-screen").isLessThan(-200);
    button.click();
    wait.until(ExpectedConditions.textToBe(By.id("status"), "Done."));
    wait.until(d -> Math.abs(top("output")) < 5);

    browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", server.address().toString().replaceAll("/$", ""),
        "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    browser.findElement(By.id("copy-markdown")).click();
    wait.until(ExpectedConditions.textToBe(By.id("status"), "Summary copied as Markdown."));
    String markdown = clipboard();
    String first = browser.findElement(By.cssSelector(".summary-sentence .sentence-text")).getText();
    assertThat(markdown).startsWith("## Summary\n\n1. " + first + " *(").contains("**Sources**", "- **A**: " + HEADLINES.get(0));
    browser.findElement(By.id("copy-text")).click();
    wait.until(ExpectedConditions.textToBe(By.id("status"), "Summary copied as text."));
    assertThat(clipboard()).startsWith(first + " [").contains("\nSources\nA: " + HEADLINES.get(0)).doesNotContain("**", "##");

    browser.findElement(By.id("clear-all")).click();
    assertThat(browser.findElements(By.cssSelector("#articles .article"))).hasSize(2);
    assertThat(browser.findElements(By.cssSelector("#articles .article-text"))).allSatisfy(a -> assertThat(a.getAttribute("value")).isEmpty());
    assertThat(browser.findElements(By.cssSelector(".summary-sentence, .source-doc"))).isEmpty();
    assertThat(browser.findElement(By.id("empty-state")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("summary-actions")).isDisplayed()).isFalse();
  }

  /** An "also in" badge scrolls to the other article and highlights its sentence that says the same. */
  @Test
  void alsoInBadgesJumpToTheOtherArticlesSentence() {
    browser.manage().window().setSize(new Dimension(1280, 700));
    open();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    List<String> articles = TestServer.articles();
    pasteArticles(articles);
    browser.findElement(By.id("summarize")).click();
    wait.until(ExpectedConditions.textToBe(By.id("status"), "Done."));
    List<WebElement> jumps = browser.findElements(By.cssSelector(".summary-sentence .also .jump"));
    assertThat(jumps).as("some sentence is said in several articles").isNotEmpty();
    WebElement jump = jumps.get(jumps.size() - 1);
    String doc = jump.getAttribute("data-doc");
    String k = jump.findElement(By.xpath("ancestor::li")).getAttribute("data-sentence");
    jump.click();
    WebElement mark = browser.findElement(By.cssSelector(".source-text mark.active"));
    assertThat(mark.findElement(By.xpath("ancestor::article")).getAttribute("data-doc")).isEqualTo(doc);
    assertThat(mark.getAttribute("data-echo-of")).contains(" " + k + " ");
    wait.until(d -> (Boolean) browser.executeScript(
        "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;", mark));
  }

  /** HTML source pasted into a text box is read as a page; a web address is fetched by the server. */
  @Test
  void pastedHtmlAndWebAddressesBecomeArticles() {
    open();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    paste(browser.findElements(By.cssSelector("#articles .article-text")).get(0), PAGE_HTML);
    WebElement url = browser.findElements(By.cssSelector("#articles .article-url")).get(1);
    assertThat(url.isEnabled()).as("this server fetches pages").isTrue();
    url.sendKeys("http://127.0.0.1:" + pages.getAddress().getPort() + "/protests");
    browser.findElement(By.id("add-article")).click();
    paste(browser.findElements(By.cssSelector("#articles .article-text")).get(2), TestServer.INLINE_ARTICLES.get(0));
    new Select(browser.findElement(By.id("unit"))).selectByValue("sentences");
    WebElement length = browser.findElement(By.id("length"));
    length.clear();
    length.sendKeys("20");
    browser.findElement(By.id("summarize")).click();
    wait.until(ExpectedConditions.textToBe(By.id("status"), "Done."));

    List<String> titles = browser.findElements(By.cssSelector(".source-doc > h3 .title")).stream().map(WebElement::getText).toList();
    assertThat(titles).containsExactly("Protests as the summit opens", "Protests as the summit opens",
        "Leaders met in Hamburg on Friday for the summit.");
    String shown = browser.findElement(By.id("sources")).getText();
    assertThat(shown).contains("Police and protesters clashed").doesNotContain("GA Cookie", "<html", "Home | World");
    assertThat(browser.findElement(By.id("summary")).getText()).doesNotContain("GA Cookie", "<");
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

  /**
   * "Many articles": a chosen folder (a JSON-lines feed, a text file in a subfolder, a file that
   * is no article) and a pasted feed of plain articles between "---" lines become a list of
   * stories, each with its headline, dates, size, summary and sources.
   */
  @Test
  void aFolderAndAPastedFeedBecomeAListOfStories() throws IOException {
    browser.manage().window().setSize(new Dimension(1280, 2400));
    open();
    browser.findElement(By.id("mode-many")).click();
    assertThat(browser.findElement(By.id("one-story")).isDisplayed()).isFalse();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    wait.until(d -> d.findElements(By.cssSelector("#feed-method option")).size() > 1);

    Path parent = Files.createTempDirectory("newsum-feed");
    Path folder = Files.createDirectories(parent.resolve("crawl"));
    StringBuilder lines = new StringBuilder();
    for (String[] a : StoriesApiTest.FEED.subList(0, 4)) {
      lines.append(TestServer.JSON.createObjectNode().put("id", a[0]).put("title", a[1]).put("date", a[2]).put("text", a[3])
          .put("story", "gold labels are ignored")).append('\n');
    }
    lines.append(TestServer.JSON.createObjectNode().put("id", "lib").put("title", "Brenna opens its new library").put("date", "2025-05-13")
        .put("text", "Brenna opened its new public library on Tuesday. The library has 40,000 books and a rooftop garden,"
            + " and the Brenna mayor cut the ribbon.")).append('\n');
    Files.writeString(folder.resolve("feed.jsonl"), lines);
    String[] b3 = StoriesApiTest.FEED.get(4);
    Files.createDirectories(folder.resolve("more"));
    Files.writeString(folder.resolve("more").resolve("b3.txt"), b3[1] + "\n\n" + b3[3]);
    Files.writeString(folder.resolve("notes.pdf"), "not an article");
    browser.findElement(By.id("feed-folder")).sendKeys(folder.toString());
    wait.until(d -> d.findElements(By.cssSelector("#feed-file-list li")).size() == 2);
    paste(browser.findElement(By.id("feed-text")), StoriesApiTest.FEED.get(5)[3] + "\n---\n"
        + "Tomas Reyl said he would play Ilse Varga again in the Lindhaven chess final next year after his defeat.");
    assertThat(browser.findElement(By.id("feed-count")).getText()).isEqualTo("8 articles");
    browser.findElement(By.id("find-stories")).click();

    wait.until(ExpectedConditions.textToBe(By.id("feed-status"), "Done."));
    List<WebElement> stories = browser.findElements(By.cssSelector("#stories .story"));
    List<String> headlines = stories.stream().map(st -> st.findElement(By.cssSelector(".story-headline")).getText()).toList();
    assertThat(headlines).as("largest first").hasSize(3).endsWith("Brenna opens its new library");
    assertThat(browser.findElement(By.id("stories-meta")).getText()).startsWith("8 articles → 3 stories");
    for (WebElement story : stories) {
      List<WebElement> sources = story.findElements(By.cssSelector(".story-sources li"));
      assertThat(story.findElement(By.cssSelector(".story-meta")).getText()).endsWith(sources.size() == 1 ? "1 article" : sources.size() + " articles");
      List<WebElement> sentences = story.findElements(By.cssSelector(".story-summary li"));
      assertThat(sentences).as("summarized in at most 2 sentences").hasSizeBetween(1, 2);
      for (WebElement sentence : sentences) {
        assertThat(sentence.findElement(By.cssSelector(".source .badge")).getText()).matches("[A-Z]");
        assertThat(sentence.findElement(By.cssSelector(".source-title")).getText()).isNotBlank();
      }
    }
    WebElement chess = stories.get(0);
    assertThat(chess.findElements(By.cssSelector(".story-sources li"))).as("c1, c2 and the two pasted articles").hasSize(4);
    assertThat(stories.get(1).findElement(By.cssSelector(".story-meta")).getText()).as("b3.txt is undated").isEqualTo("12 May 2025 · 3 articles");
    assertThat(stories.get(1).findElement(By.cssSelector(".story-sources")).getText()).contains(b3[1]);
    assertThat(browser.findElements(By.cssSelector(".story .also .badge"))).as("some sentence is said in several articles").isNotEmpty();
    screenshot("stories-desktop.png", 1280);
    publish("stories-desktop.png", DOCS_STORIES_SCREENSHOT);

    atPhoneWidth("stories-phone.png");
    try (var files = Files.walk(parent)) {
      files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }

  /**
   * A feed the page cannot send is refused in words before anything is sent; markup in a feed's
   * titles and ids is shown as text.
   */
  @Test
  void aBadFeedLineOrTooManyArticlesAreSaidInPlainLanguageAndMarkupStaysText() {
    open();
    browser.findElement(By.id("mode-many")).click();
    WebElement feed = browser.findElement(By.id("feed-text"));
    paste(feed, "{\"id\": \"a\", \"text\": \"Fine.\"}\n{\"id\": \"b\", \"text\": }");
    browser.findElement(By.id("find-stories")).click();
    assertThat(browser.findElement(By.id("feed-status")).getText()).isEqualTo("The pasted feed, line 2: not JSON.");

    paste(feed, "{\"id\": \"a\", \"title\": \"No text\"}");
    browser.findElement(By.id("find-stories")).click();
    assertThat(browser.findElement(By.id("feed-status")).getText()).contains("no \"text\", \"html\" or \"url\"");

    paste(feed, String.join("\n---\n", java.util.Collections.nCopies(101, "An article.")));
    browser.findElement(By.id("find-stories")).click();
    assertThat(browser.findElement(By.id("feed-status")).getText()).startsWith("101 articles: this server takes at most 100 at once");

    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    paste(feed, TestServer.JSON.createObjectNode().put("id", "<b>x</b>").put("title", XSS_TITLE)
        .put("text", TestServer.INLINE_ARTICLES.get(0)).toString());
    browser.findElement(By.id("find-stories")).click();
    wait.until(ExpectedConditions.textToBe(By.id("feed-status"), "Done."));
    assertThat(browser.findElement(By.cssSelector("#stories .story-headline")).getText()).isEqualTo(XSS_TITLE);
    assertThat(browser.findElement(By.cssSelector("#stories .story-sources")).getText()).contains("<b>x</b>");
    assertThat(browser.findElements(By.cssSelector("#stories img, #stories b"))).as("markup from the feed is shown as text").isEmpty();
    assertThat(browser.getTitle()).doesNotContain("owned");

    browser.get(server.address().toString());
    assertThat(browser.findElement(By.id("one-story")).isDisplayed()).as("a fresh page opens on one story").isTrue();
    browser.get(server.address().resolve("/#stories").toString());
    assertThat(browser.findElement(By.id("many-articles")).isDisplayed()).as("#stories opens on many articles").isTrue();
  }

  /** Loads the page afresh and waits for the method list. */
  private static void open() {
    browser.get(server.address().toString());
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector("#method option")).size() > 1);
  }

  /** Where the element's top is, relative to the top of the window. */
  private static double top(String id) {
    return ((Number) browser.executeScript("return document.getElementById(arguments[0]).getBoundingClientRect().top;", id)).doubleValue();
  }

  /** Waits for the page's smooth scrolling to end. */
  private static void settle() {
    double[] last = {Double.NaN};
    new WebDriverWait(browser, Duration.ofSeconds(10)).pollingEvery(Duration.ofMillis(250)).until(d -> {
      double y = ((Number) browser.executeScript("return window.scrollY;")).doubleValue();
      boolean still = y == last[0];
      last[0] = y;
      return still;
    });
  }

  private static String clipboard() {
    return (String) browser.executeAsyncScript("navigator.clipboard.readText().then(arguments[0], e => arguments[0]('ERROR ' + e));");
  }

  /** Text as the browser reports it: no-break spaces as spaces, runs of white space as one. */
  private static String visible(String text) {
    return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }

  /** Pastes each text into its own article box, adding boxes beyond the page's first ones. */
  private static void pasteArticles(List<String> articles) {
    for (int i = 0; i < articles.size(); i++) {
      if (i >= browser.findElements(By.cssSelector("#articles .article")).size()) {
        browser.findElement(By.id("add-article")).click();
      }
      paste(browser.findElements(By.cssSelector("#articles .article-text")).get(i), articles.get(i));
    }
  }

  /** Puts text into a text area (or any input) as a paste does: all at once, then an input event. */
  private static void paste(WebElement area, String text) {
    browser.executeScript(
        "arguments[0].focus(); arguments[0].value = arguments[1];"
            + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", area, text);
  }

  /** At a phone's width (390 px): the page needs no sideways scrolling; saves a screenshot as {@code name}. */
  private static void atPhoneWidth(String name) throws IOException {
    browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
    try {
      Object overflow = browser.executeScript(
          "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertThat(((Number) overflow).intValue()).as("no sideways scrolling at phone width").isLessThanOrEqualTo(0);
      screenshot(name, 390);
    } finally {
      browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  /** Copies screenshot {@code name} to {@code docs} when {@link #REFRESH_DOCS} asks for it. */
  private static void publish(String name, Path docs) throws IOException {
    if (REFRESH_DOCS) {
      Files.copy(SCREENSHOTS.resolve(name), docs, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
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
