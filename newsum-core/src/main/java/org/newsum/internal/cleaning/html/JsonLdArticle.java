package org.newsum.internal.cleaning.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a page's schema.org JSON-LD says about its article: headline, publication date,
 * authors and {@code articleBody}. Only objects that look like an article (they have a
 * headline or a body) are read; malformed scripts, common on the web, are skipped.
 *
 * @param headline the headline, or empty
 * @param datePublished the publication date as written, or empty
 * @param authors author names in order, without duplicates
 * @param articleBody the longest article body given, or empty
 */
record JsonLdArticle(String headline, String datePublished, List<String> authors, String articleBody) {
  static final JsonLdArticle NONE = new JsonLdArticle("", "", List.of(), "");

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
          JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .build();

  /** Reads the first article-like object of each script; later scripts fill what is missing. */
  static JsonLdArticle read(List<String> scripts) {
    if (scripts.isEmpty()) {
      return NONE;
    }
    Builder b = new Builder();
    for (String script : scripts) {
      try (JsonParser parser = JSON.createParser(script)) {
        JsonNode root = JSON.readTree(parser);
        if (root != null) {
          b.visit(root, 0);
        }
      } catch (IOException | RuntimeException e) {
        // Malformed structured data is common; the page's DOM still counts.
      }
    }
    return new JsonLdArticle(b.headline, b.date, List.copyOf(b.authors), b.body);
  }

  private static final class Builder {
    String headline = "";
    String date = "";
    String body = "";
    final Set<String> authors = new LinkedHashSet<>();

    void visit(JsonNode node, int depth) {
      if (depth > 6) {
        return;
      }
      if (node.isArray()) {
        for (JsonNode item : node) {
          visit(item, depth + 1);
        }
        return;
      }
      if (!node.isObject()) {
        return;
      }
      JsonNode graph = node.get("@graph");
      if (graph != null) {
        visit(graph, depth + 1);
      }
      String head = text(node.get("headline"));
      String articleBody = text(node.get("articleBody"));
      if (head.isEmpty() && articleBody.isEmpty()) {
        JsonNode main = node.get("mainEntity");
        if (main != null) {
          visit(main, depth + 1);
        }
        return;
      }
      if (headline.isEmpty()) {
        headline = head;
      }
      if (articleBody.length() > body.length()) {
        body = articleBody;
      }
      if (date.isEmpty()) {
        date = text(node.get("datePublished"));
        if (date.isEmpty()) {
          date = text(node.get("dateCreated"));
        }
      }
      if (authors.isEmpty()) {
        addAuthors(node.get("author"));
      }
    }

    private void addAuthors(JsonNode author) {
      if (author == null) {
        return;
      }
      if (author.isArray()) {
        for (JsonNode a : author) {
          addAuthors(a);
        }
      } else if (author.isObject()) {
        String name = text(author.get("name"));
        if (!name.isEmpty()) {
          authors.add(name);
        }
      } else {
        String name = text(author);
        if (!name.isEmpty() && !name.startsWith("http")) {
          authors.add(name);
        }
      }
    }

    private static String text(JsonNode node) {
      if (node == null) {
        return "";
      }
      if (node.isArray()) {
        List<String> parts = new ArrayList<>();
        for (JsonNode n : node) {
          if (n.isTextual()) {
            parts.add(n.asText());
          }
        }
        return parts.isEmpty() ? "" : parts.get(0).strip();
      }
      return node.isTextual() ? node.asText().strip() : "";
    }
  }
}
