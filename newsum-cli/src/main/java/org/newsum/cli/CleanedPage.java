package org.newsum.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.newsum.text.LanguageDetector;

/**
 * The JSON of one cleaned page, as {@code clean --format json} prints it and {@code clean --batch}
 * writes it: {@code {"id","title","date","author","url","language", <body field>}}, each {@code null}
 * when unknown. {@code language} is the body's, as {@link LanguageDetector#standard()} tells it.
 */
final class CleanedPage {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CleanedPage() {}

  /**
   * @param bodyField {@code "body"}, or {@code "articleBody"} for the extraction benchmark's scorer
   * @param title the headline; empty means unknown
   */
  static ObjectNode json(String id, String title, LocalDate date, String author, String url, String bodyField,
      String body) {
    ObjectNode page = JSON.createObjectNode();
    page.put("id", id);
    page.put("title", title == null || title.isBlank() ? null : title);
    page.put("date", date == null ? null : date.toString());
    page.put("author", author);
    page.put("url", url);
    String language = body == null ? LanguageDetector.UNKNOWN : LanguageDetector.standard().detect(body);
    page.put("language", language.equals(LanguageDetector.UNKNOWN) ? null : language);
    page.put(bodyField, body);
    return page;
  }
}
