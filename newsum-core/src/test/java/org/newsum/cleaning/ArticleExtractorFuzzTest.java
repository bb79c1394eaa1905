package org.newsum.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz target: the default {@link ArticleExtractor} on any (mutated) HTML never fails and
 * returns a stripped title and text. Seeds are pages with scripts, styles, comments, entities
 * and broken tags. Run longer with {@code bin/fuzz ArticleExtractorFuzzTest 600}.
 */
class ArticleExtractorFuzzTest {
  private static final ArticleExtractor EXTRACTOR = ArticleExtractor.standard();

  @FuzzTest(maxDuration = "5s")
  void extractsAnyHtml(byte[] input) {
    fuzzerTestOneInput(input);
  }

  /** The target, also run by Jazzer's command-line driver. */
  public static void fuzzerTestOneInput(byte[] input) {
    String html = new String(input, StandardCharsets.UTF_8);
    HtmlArticle article = EXTRACTOR.extract(html, "");
    assertThat(article.title()).isNotNull().isEqualTo(article.title().strip());
    assertThat(article.text()).isNotNull().isEqualTo(article.text().strip());
  }
}
