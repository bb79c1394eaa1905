package org.newsum.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newsum.cleaning.ArticleExtractor;
import org.newsum.cleaning.HtmlArticle;
import org.newsum.internal.documents.ScrapedDate;
import org.newsum.internal.documents.TextDecoder;
import org.newsum.internal.documents.web.WebPageFetcher;
import org.newsum.model.Document;

/**
 * Reads documents from plain-text and HTML files, directories of such files, and standard
 * input. HTML (by extension, or by content starting with a tag) goes through an
 * {@link ArticleExtractor}; text is taken as it is. Every problem is an {@link InputException}
 * naming the input.
 */
public final class DocumentReader {
  /** Largest input file accepted, in bytes. */
  public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

  private final ArticleExtractor extractor;
  private final long maxBytes;
  /** Made on the first URL (an HTTP client is not free), then shared by every fetch of this reader. */
  private volatile WebPageFetcher fetcher;

  public DocumentReader(ArticleExtractor extractor, long maxBytes) {
    this.extractor = extractor;
    this.maxBytes = maxBytes;
  }

  /** The standard reader, as {@code newsum summarize} reads: the DOM article extractor, files up to 50 MB. */
  public static DocumentReader standard() {
    return new DocumentReader(ArticleExtractor.standard(), DEFAULT_MAX_BYTES);
  }

  /**
   * Reads every input in order: a .txt or .html file, a directory of them, or an http(s) URL (fetched with
   * {@link FetchLimits#defaults()}). The documents of one event are then a cluster:
   * {@code Cluster.of("event", DocumentReader.standard().readAll(inputs))}.
   *
   * @throws InputException naming the first input that cannot be read
   */
  public List<Document> readAll(String... inputs) {
    List<Document> docs = new ArrayList<>();
    for (String input : inputs) {
      docs.addAll(read(input));
    }
    return docs;
  }

  /**
   * Reads one input: an http(s) URL ({@link #fetch}), a .txt or .html file, or a directory of them.
   *
   * @throws InputException naming the input when it cannot be read
   */
  public List<Document> read(String input) {
    if (isUrl(input)) {
      return List.of(fetch(input));
    }
    Path path = Path.of(input);
    if (!Files.exists(path)) {
      throw new InputException(input, "no such file or directory");
    }
    return read(path);
  }

  /** Reads a file, or every .txt/.html/.htm file of a directory (sorted by name). */
  public List<Document> read(Path path) {
    if (Files.isDirectory(path)) {
      List<Document> docs = new ArrayList<>();
      for (Path file : listDocumentFiles(path)) {
        docs.add(readFile(file));
      }
      if (docs.isEmpty()) {
        throw new InputException(path.toString(), "directory has no .txt, .html or .htm files");
      }
      return docs;
    }
    return List.of(readFile(path));
  }

  /** Reads one document from a stream (e.g. standard input), named {@code name}. */
  public Document read(String name, InputStream in) {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new InputException(name, "too large (more than " + maxBytes + " bytes, the limit)");
      }
      return fromBytes(name, name, bytes, false);
    } catch (IOException e) {
      throw new InputException(name, "cannot read: " + e.getMessage(), e);
    }
  }

  /** Builds a document from raw page bytes; {@code html} forces HTML extraction. */
  public Document fromBytes(String id, String input, byte[] bytes, boolean html) {
    if (bytes.length > maxBytes) {
      throw new InputException(input, "too large (" + bytes.length + " bytes; the limit is " + maxBytes + ")");
    }
    return fromText(id, input, TextDecoder.decode(input, bytes), html, "");
  }

  /**
   * Builds a document from decoded page text; {@code html} forces HTML extraction, otherwise
   * text that starts like an HTML page is extracted too. Its publication date is the page's own
   * (meta tags, JSON-LD, {@code <time>}), else a dateline at the top of the text, else a
   * {@code /yyyy/mm/dd/} path in its address ({@link ScrapedDate}).
   *
   * @param baseUri the page address for resolving relative links, or empty
   */
  public Document fromText(String id, String input, String text, boolean html, String baseUri) {
    if (html || looksLikeHtml(text)) {
      HtmlArticle article = extractor.extract(text, baseUri);
      if (article.text().isBlank()) {
        throw new InputException(input, "no article text found in the HTML page");
      }
      LocalDate date = article.date() != null ? article.date() : ScrapedDate.fromAddress(baseUri);
      return new Document(id, article.title(), article.text(), date, null);
    }
    LocalDate date = ScrapedDate.fromText(text);
    return new Document(id, "", text, date != null ? date : ScrapedDate.fromAddress(input), null);
  }

  private Document readFile(Path file) {
    String name = file.toString();
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new InputException(name, "too large (" + size + " bytes; the limit is " + maxBytes + ")");
      }
      String fileName = file.getFileName().toString();
      return fromBytes(stripExtension(fileName), name, Files.readAllBytes(file), isHtmlName(fileName));
    } catch (NoSuchFileException e) {
      throw new InputException(name, "no such file");
    } catch (IOException e) {
      throw new InputException(name, "cannot read: " + e.getMessage(), e);
    }
  }

  private static List<Path> listDocumentFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> isHtmlName(p.getFileName().toString()) || p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new InputException(dir.toString(), "cannot list directory: " + e.getMessage(), e);
    }
  }

  private static boolean isHtmlName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".html") || lower.endsWith(".htm");
  }

  /** Whether {@code input} is an http(s) URL, which {@link #fetch} reads. */
  public static boolean isUrl(String input) {
    return WebPageFetcher.isUrl(input);
  }

  /**
   * Fetches a page (redirects, size and time limits of {@link FetchLimits#defaults()}; charset
   * from the headers or the page) and reads it as {@link #fromBytes} does.
   *
   * @throws InputException naming the URL when it cannot be fetched or holds no article text
   */
  public Document fetch(String url) {
    WebPageFetcher shared = fetcher;
    if (shared == null) {
      synchronized (this) {
        shared = fetcher;
        if (shared == null) {
          shared = new WebPageFetcher(this, FetchLimits.defaults());
          fetcher = shared;
        }
      }
    }
    return shared.fetch(url);
  }

  /**
   * Decodes the bytes of a text or HTML file: UTF-8 (with or without a byte-order mark), UTF-16,
   * or invalid UTF-8 that reads as Windows-1252 (with a warning); refuses empty input and binary
   * data.
   *
   * @throws InputException naming {@code input} when the bytes are not text
   */
  public static String decode(String input, byte[] bytes) {
    return TextDecoder.decode(input, bytes);
  }

  /** Whether a file is an HTML page: by its extension, or by content that starts like one. */
  public static boolean isHtml(String fileName, String text) {
    return isHtmlName(fileName) || looksLikeHtml(text);
  }

  static boolean looksLikeHtml(String text) {
    String head = text.stripLeading();
    head = head.substring(0, Math.min(head.length(), 512)).toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml") && head.contains("<html");
  }

  private static String stripExtension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}
