package org.newsum.internal.cleaning.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageHeadTest {
  private static PageHead head(String html) {
    return PageHead.read(Jsoup.parse("<html><head>" + html + "</head><body></body></html>").head());
  }

  @Test
  void readsTheFirstNonBlankContentPerKeyIgnoringCase() {
    PageHead head = head("<meta property=\"og:title\" content=\"  \">"
        + "<meta name=\"OG:Title\" content=\" Bridge reopens \">"
        + "<meta itemprop=\"og:title\" content=\"Later\">"
        + "<meta itemprop=\"datePublished\" content=\"2020-01-02\">");
    assertThat(head.meta("og:title")).isEqualTo("Bridge reopens");
    assertThat(head.meta("datepublished")).isEqualTo("2020-01-02");
    assertThat(head.meta("author")).isEmpty();
  }

  @Test
  void keepsOnlyJsonLdScriptsInPageOrder() {
    PageHead head = head("<script type=\"application/LD+JSON\">{\"a\":1}</script>"
        + "<script>var x = 1;</script><script type=\"application/ld+json\">{\"b\":2}</script>");
    assertThat(head.jsonLd()).containsExactly("{\"a\":1}", "{\"b\":2}");
  }

  @Test
  void foldsCaseAsEqualsIgnoreCaseCompares() {
    assertThat(PageHead.foldCase("DC.Date")).isEqualTo("dc.date");
    assertThat(PageHead.foldCase("\u0131temprop")).isEqualTo("itemprop"); // "ıtemprop".equalsIgnoreCase("itemprop")
    assertThat(PageHead.foldCase("\u212a")).isEqualTo(PageHead.foldCase("k"));
  }
}
