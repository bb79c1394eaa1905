package org.newsum.stories;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.newsum.documents.DocumentReader;
import org.newsum.documents.InputException;
import org.newsum.documents.PublicationDate;
import org.newsum.internal.documents.JsonLines;
import org.newsum.model.Document;

/**
 * Reads a feed of articles, one JSON object per line: {@code {"id", "title"?, "text" | "html",
 * "date"?, "url"?, "language"?}} ({@code .gz} decompressed). {@code html} is a page whose article
 * text is extracted (as for a page read from a file); {@code url} becomes the document's source;
 * {@code language} (ISO 639-1) is the document's, not detected then.
 * Other fields (e.g. gold labels) are ignored. A bad line (malformed JSON, invalid UTF-8, no id,
 * no text, a bad date, over {@link #MAX_LINE_CHARS} characters) is reported and skipped, so a feed
 * with a few broken lines still groups.
 */
public final class ArticleJsonl {
  /** Longest line read, in characters (16 Mi); longer lines are reported and skipped. */
  public static final int MAX_LINE_CHARS = 16 * 1024 * 1024;

  private ArticleJsonl() {}

  /** Whether {@code input} names an article feed ({@code .jsonl} or {@code .jsonl.gz}). */
  public static boolean isFeed(String input) {
    String lower = input.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith(".jsonl") || lower.endsWith(".jsonl.gz");
  }

  /**
   * Whether {@code file} looks like a feed of articles rather than of clusters: its first JSON
   * line is an object with a {@code "text"} or {@code "html"} string and no {@code "docs"} array.
   * False when the file cannot be read or its first line is not such an object (the cluster
   * reader then reports what is wrong).
   */
  public static boolean holdsArticles(Path file) {
    try (InputStream in = JsonLines.open(file); BufferedReader reader = new BufferedReader(JsonLines.utf8(in), 1 << 16)) {
      for (String line; (line = reader.readLine()) != null; ) {
        if (!line.isBlank()) {
          JsonNode root = line.length() > MAX_LINE_CHARS ? null : JsonLines.parse(line, file.toString());
          return root != null && root.isObject() && !root.has("docs")
              && (root.path("text").isTextual() || root.path("html").isTextual());
        }
      }
      return false;
    } catch (IOException | InputException e) {
      return false;
    }
  }

  /**
   * Reads one input of a feed: a feed file ({@link #isFeed}) line by line, a directory's feed files
   * so and its text and HTML files as one article each (sorted by path, as {@link
   * DocumentReader#filesOf}), anything else (a file, a URL) as {@link DocumentReader#read(String)}.
   * Each article goes to {@code articles}, each bad line or file to {@code bad}.
   *
   * @throws InputException when the input cannot be read at all (missing, not listable, no file to read)
   */
  public static void readInput(String input, DocumentReader pages, Consumer<Document> articles,
      Consumer<InputException> bad) {
    if (DocumentReader.isUrl(input)) {
      pages.read(input).forEach(articles);
      return;
    }
    Path path = Path.of(input);
    if (!Files.isDirectory(path)) {
      readFile(input, pages, articles, bad);
      return;
    }
    List<Path> files = DocumentReader.filesOf(path, false, ArticleJsonl::isFeed, ".jsonl, .jsonl.gz, ");
    if (files.isEmpty()) {
      throw new InputException(input, "directory has no .jsonl, .jsonl.gz, .txt, .md, .html or .htm files");
    }
    for (Path file : files) {
      try {
        readFile(file.toString(), pages, articles, bad);
      } catch (InputException e) {
        bad.accept(e);
      }
    }
  }

  /** A feed file ({@link #isFeed}) line by line, any other file as one article ({@link DocumentReader#read(String)}). */
  private static void readFile(String file, DocumentReader pages, Consumer<Document> articles, Consumer<InputException> bad) {
    if (isFeed(file)) {
      read(Path.of(file), pages, articles, bad);
    } else {
      pages.read(file).forEach(articles);
    }
  }

  /**
   * Reads every line of {@code file}: each article goes to {@code articles}, each bad line (with
   * its file and line number) to {@code bad}.
   *
   * @throws InputException when the file cannot be opened or read
   */
  public static void read(Path file, DocumentReader pages, Consumer<Document> articles, Consumer<InputException> bad) {
    String name = file.toString();
    try (InputStream in = JsonLines.open(file); BufferedReader reader = new BufferedReader(JsonLines.utf8(in), 1 << 16)) {
      long number = 0;
      for (String line; (line = reader.readLine()) != null; ) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String where = name + " line " + number;
        try {
          if (line.length() > MAX_LINE_CHARS) {
            throw new InputException(where, "too long (more than " + MAX_LINE_CHARS + " characters)");
          }
          JsonLines.checkUtf8(line, where);
          articles.accept(decode(line, where, pages));
        } catch (InputException e) {
          bad.accept(e);
        }
      }
    } catch (IOException e) {
      throw JsonLines.unreadable(file, e);
    }
  }

  /**
   * One article from its JSON line.
   *
   * @param where the file and line, which starts an error message
   * @throws InputException saying what is wrong with the line
   */
  public static Document decode(String line, String where, DocumentReader pages) {
    JsonNode root = JsonLines.parse(line, where);
    if (root == null || !root.isObject()) {
      throw new InputException(where, "expected a JSON object {\"id\", \"title\", \"text\" or \"html\", \"date\"?}");
    }
    JsonNode idNode = root.get("id");
    if (idNode == null || !idNode.isValueNode() || idNode.isNull() || idNode.asText().isBlank()) {
      throw new InputException(where, "missing \"id\"");
    }
    String id = idNode.asText();
    String url = textField(root, "url", where, id);
    String title = textField(root, "title", where, id);
    String text = textField(root, "text", where, id);
    String html = textField(root, "html", where, id);
    String language;
    try {
      language = Document.languageCode(textField(root, "language", where, id));
    } catch (IllegalArgumentException e) {
      throw new InputException(where, "article '" + id + "': \"language\": " + e.getMessage());
    }
    LocalDate date;
    try {
      date = PublicationDate.fromJson(root.get("date"));
    } catch (IllegalArgumentException e) {
      throw new InputException(where, "article '" + id + "': " + e.getMessage());
    }
    Document article;
    if (text != null) {
      article = new Document(id, title, text, date, url);
    } else if (html != null) {
      Document page = pages.fromText(id, where, html, true, url == null ? "" : url);
      article = new Document(id, title != null ? title : page.title(), page.text(),
          date != null ? date : page.date(), url);
    } else {
      throw new InputException(where, "article '" + id + "' has neither a \"text\" nor an \"html\" string");
    }
    return article.withLanguage(language);
  }

  private static String textField(JsonNode root, String field, String where, String id) {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw new InputException(where, "article '" + id + "': \"" + field + "\" must be a string");
    }
    return node.asText();
  }
}
