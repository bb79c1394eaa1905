package org.newsum.internal.cleaning.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * The title, publication date and author a page states, read from (in order of trust) its
 * Open Graph and other meta tags, its JSON-LD, microdata and {@code <time>} elements, and its
 * {@code <h1>}/{@code <title>}. The title is cleaned of a site-name suffix or prefix.
 *
 * @param title the headline, or empty
 * @param date the publication date, or null when the page does not say
 * @param author the author name(s), or null when the page does not say
 */
record PageMetadata(String title, LocalDate date, String author) {
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-\u2013\u2014:\u00b7\u00bb/]+\\s+");
  private static final Pattern BYLINE_PREFIX = Pattern.compile("^(?i)by\\s+");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
  private static final String[] DATE_META = {
    "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate",
    "publish-date", "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created",
    "sailthru.date", "parsely-pub-date", "article.published", "og:updated_time", "article:modified_time"
  };
  private static final String[] AUTHOR_META = {"author", "article:author", "dc.creator", "parsely-author", "byl"};

  /** Reads the metadata from the head of {@code page}, its JSON-LD, and what the body scan found. */
  static PageMetadata read(Document page, PageHead head, JsonLdArticle ld, PageScan.BodyMetadata body) {
    String author = author(head, ld, body);
    return new PageMetadata(title(page, head, ld, body), date(head, ld, body),
        author == null ? null : BYLINE_PREFIX.matcher(author).replaceFirst(""));
  }

  private static String title(Document page, PageHead head, JsonLdArticle ld, PageScan.BodyMetadata body) {
    String stated = head.meta("og:title");
    if (stated.isEmpty()) {
      stated = head.meta("twitter:title");
    }
    if (stated.isEmpty()) {
      stated = ld.headline();
    }
    String raw = stated.isEmpty() ? page.title().strip() : stated;
    String heading = body.firstH1 == null ? "" : body.firstH1.text().strip();
    if (!heading.isEmpty() && raw.toLowerCase(Locale.ROOT).contains(heading.toLowerCase(Locale.ROOT))) {
      return heading;
    }
    // Without a stated headline, a sentence-like h1 beats a <title> that does not contain it.
    if (!heading.isEmpty() && (raw.isEmpty() || stated.isEmpty() && heading.split("\\s+").length >= 3)) {
      return heading;
    }
    return withoutSiteName(raw);
  }

  /** "Headline | Site" or "Site - Headline": keeps the longest part when the title has separators. */
  static String withoutSiteName(String title) {
    String[] parts = TITLE_SEPARATOR.split(title);
    if (parts.length < 2) {
      return title;
    }
    String best = parts[0];
    for (String p : parts) {
      if (p.length() > best.length()) {
        best = p;
      }
    }
    return best.split("\\s+").length >= 3 ? best.strip() : title;
  }

  private static LocalDate date(PageHead head, JsonLdArticle ld, PageScan.BodyMetadata body) {
    LocalDate d = parseDate(ld.datePublished());
    for (int i = 0; d == null && i < DATE_META.length; i++) {
      d = parseDate(head.meta(DATE_META[i]));
    }
    if (d == null) {
      d = parseDate(body.microdataDate);
    }
    return d != null ? d : parseDate(body.timeDate);
  }

  /** The first yyyy-mm-dd (or yyyy/mm/dd) date in {@code s}, or null. */
  static LocalDate parseDate(String s) {
    if (s == null || s.isEmpty()) {
      return null;
    }
    Matcher m = ISO_DATE.matcher(s);
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static String author(PageHead head, JsonLdArticle ld, PageScan.BodyMetadata body) {
    if (!ld.authors().isEmpty()) {
      return String.join(", ", ld.authors());
    }
    for (String name : AUTHOR_META) {
      String a = head.meta(name);
      if (!a.isEmpty() && !a.startsWith("http")) {
        return a;
      }
    }
    String a = body.microdataAuthor.isEmpty() && body.microdataAuthorElement != null
        ? body.microdataAuthorElement.text() : body.microdataAuthor;
    if (a.isBlank() && body.relAuthor != null) {
      a = body.relAuthor.text();
    }
    return a.isBlank() ? null : a.strip();
  }
}
