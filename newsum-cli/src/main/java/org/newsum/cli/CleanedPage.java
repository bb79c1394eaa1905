package org.newsum.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;

/**
 * The JSON of one cleaned page, as {@code clean --format json} prints it and {@code clean --batch}
 * writes it: {@code {"id","title","date","author","url","language", <body field>}}, each {@code null}
 * when unknown. {@code language} is always {@code null} until newsum identifies languages.
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
    page.putNull("language");
    page.put(bodyField, body);
    return page;
  }
}
