package org.newsum.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.newsum.NewsumException;
import org.newsum.cleaning.ArticleExtractor;
import org.newsum.cleaning.HtmlArticle;
import org.newsum.internal.documents.ScrapedDate;
import org.newsum.internal.documents.TerminalControls;
import org.newsum.internal.documents.TextDecoder;
import org.newsum.internal.documents.web.WebPageFetcher;
import org.newsum.model.Document;

/**
 * Reads documents from plain-text and HTML files, directories of such files, and standard
 * input. HTML (by extension, or by content: {@link InputFormat#sniff}) goes through an
 * {@link ArticleExtractor}; text is taken as it is. Every problem is an {@link InputException}
 * naming the input.
 */
public final class DocumentReader {
  /** Largest input file accepted, in bytes. */
  public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
  /** Largest limit that means anything: a Java array holds at most about 2 GiB. */
  private static final long LARGEST_READABLE = Integer.MAX_VALUE - 9;

  /** Files of a directory that are not read are named in a warning, up to this many. */
  private static final int SKIPPED_FILES_NAMED = 5;
  private static final System.Logger LOG = System.getLogger(DocumentReader.class.getName());

  private final ArticleExtractor extractor;
  private final long maxBytes;
  private final FetchLimits fetchLimits;
  /** Made on the first URL (an HTTP client is not free), then shared by every fetch of this reader. */
  private volatile WebPageFetcher fetcher;

  /**
   * @param maxBytes largest input accepted, in bytes; a limit above what a Java array holds (about
   *     2 GiB, e.g. {@link Long#MAX_VALUE} for "no limit") means that much
   * @throws NewsumException if {@code maxBytes} is less than 1
   */
  public DocumentReader(ArticleExtractor extractor, long maxBytes) {
    this(extractor, maxBytes, FetchLimits.defaults());
  }

  /**
   * A reader whose {@link #fetch} keeps to {@code fetchLimits} (e.g. public addresses only, on a server).
   *
   * @param maxBytes as for {@link #DocumentReader(ArticleExtractor, long)}
   * @throws NewsumException if {@code maxBytes} is less than 1
   */
  public DocumentReader(ArticleExtractor extractor, long maxBytes, FetchLimits fetchLimits) {
    if (maxBytes < 1) {
      throw new NewsumException("the input size limit must be at least 1 byte, got " + maxBytes);
    }
    this.extractor = extractor;
    this.maxBytes = Math.min(maxBytes, LARGEST_READABLE);
    this.fetchLimits = Objects.requireNonNull(fetchLimits, "fetchLimits");
  }

  /** The standard reader, as {@code newsum summarize} reads: the DOM article extractor, files up to 50 MB. */
  public static DocumentReader standard() {
    return new DocumentReader(ArticleExtractor.standard(), DEFAULT_MAX_BYTES);
  }

  /**
   * Reads every input in order: a .txt, .md or .html file, a directory of them, or an http(s) URL (fetched within
   * this reader's {@link FetchLimits}). The documents of one event are then a cluster:
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
   * Reads one input: an http(s) URL ({@link #fetch}), a .txt, .md or .html file, or a directory of them.
   *
   * @throws InputException naming the input when it cannot be read
   */
  public List<Document> read(String input) {
    return read(input, false);
  }

  /**
   * Reads one input as {@link #read(String)} does; a directory with {@code recursive} with its
   * subdirectories ({@link #read(Path, boolean)}).
   *
   * @throws InputException naming the input when it cannot be read
   */
  public List<Document> read(String input, boolean recursive) {
    if (isUrl(input)) {
      return List.of(fetch(input));
    }
    Path path = Path.of(input);
    if (!Files.exists(path)) {
      throw new InputException(input, "no such file or directory");
    }
    return read(path, recursive);
  }

  /** Reads a file, or every document file of a directory ({@link #read(Path, boolean)}, not recursive). */
  public List<Document> read(Path path) {
    return read(path, false);
  }

  /**
   * Reads a file, or every .txt, .md (read as text), .html or .htm file of a directory, sorted by
   * path, with {@code recursive} those of its subdirectories too. Other files of a directory are
   * not read, and named in one warning per directory (on the {@code System.Logger} of this class);
   * hidden files and directories (names starting with a dot) are passed over.
   */
  public List<Document> read(Path path, boolean recursive) {
    if (Files.isDirectory(path)) {
      List<Document> docs = new ArrayList<>();
      for (Path file : filesOf(path, recursive, name -> false, "")) {
        docs.add(readFile(file));
      }
      if (docs.isEmpty()) {
        throw new InputException(path.toString(), "directory has no .txt, .md, .html or .htm files"
            + (recursive ? "" : " (--recursive searches its subdirectories)"));
      }
      return docs;
    }
    return List.of(readFile(path));
  }

  /** Reads one document from a stream (e.g. standard input), named {@code name}; at most the size limit is read. */
  public Document read(String name, InputStream in) {
    return fromBytes(name, name, readBytes(name, in), false);
  }

  /**
   * The bytes of a stream (e.g. standard input) within the size limit: read up to one byte past
   * it, then refused.
   *
   * @throws InputException naming {@code name} when it is unreadable or too large
   */
  public byte[] readBytes(String name, InputStream in) {
    try {
      return readBounded(name, in);
    } catch (IOException e) {
      throw new InputException(name, "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * The bytes of a file within the size limit. A regular file over the limit is refused by its
   * size before it is read; a device or pipe ({@code /dev/zero}, {@code <(command)}), whose size
   * says nothing, is read up to one byte past the limit and then refused.
   *
   * @throws InputException naming the file when it is missing, unreadable or too large
   */
  public byte[] readBytes(Path file) {
    String name = file.toString();
    try {
      long size = Files.isRegularFile(file) ? Files.size(file) : -1;
      if (size > maxBytes) {
        throw new InputException(name, "too large (" + size + " bytes; the limit is " + maxBytes + ")");
      }
      try (InputStream in = Files.newInputStream(file)) {
        return size >= 0 ? readSized(name, in, (int) size) : readBounded(name, in);
      }
    } catch (NoSuchFileException e) {
      throw new InputException(name, "no such file");
    } catch (AccessDeniedException e) {
      throw new InputException(name, "cannot read: permission denied");
    } catch (IOException e) {
      throw new InputException(name, "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * A regular file of {@code size} bytes (at most the limit) into one array of exactly that size:
   * reading through growing buffers would hold the chunks and their copy at once. A file that
   * changed since its size was taken is read as it is now, within the limit.
   */
  private byte[] readSized(String name, InputStream in, int size) throws IOException {
    byte[] bytes = new byte[size];
    int read = in.readNBytes(bytes, 0, size);
    if (read < size) {
      return Arrays.copyOf(bytes, read);
    }
    int next = in.read();
    if (next < 0) {
      return bytes;
    }
    byte[] rest = in.readNBytes((int) (maxBytes - size));
    byte[] grown = Arrays.copyOf(bytes, size + 1 + rest.length);
    grown[size] = (byte) next;
    System.arraycopy(rest, 0, grown, size + 1, rest.length);
    if (grown.length > maxBytes) {
      throw new InputException(name, "too large (more than " + maxBytes + " bytes, the limit)");
    }
    return grown;
  }

  private byte[] readBounded(String name, InputStream in) throws IOException {
    byte[] bytes = in.readNBytes((int) maxBytes + 1);
    if (bytes.length > maxBytes) {
      throw new InputException(name, "too large (more than " + maxBytes + " bytes, the limit)");
    }
    return bytes;
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
   * text that looks like an HTML page or fragment ({@link InputFormat#sniff}) is extracted too.
   * Terminal escape sequences and control characters are removed first ({@code TerminalControls}):
   * a summary printed to a terminal must not be able to drive it.
   * Its publication date is the page's own
   * (meta tags, JSON-LD, {@code <time>}), else a dateline at the top of the text, else a
   * {@code /yyyy/mm/dd/} path in its address ({@link ScrapedDate}).
   *
   * @param baseUri the page address for resolving relative links, or empty
   */
  public Document fromText(String id, String input, String page, boolean html, String baseUri) {
    String text = TerminalControls.strip(page);
    if (html || InputFormat.looksLikeHtml(text)) {
      HtmlArticle article = extractor.extract(text, baseUri);
      if (article.text().isBlank()) {
        throw new InputException(input, "no article text found in the HTML page");
      }
      LocalDate date = article.date() != null ? article.date() : ScrapedDate.fromAddress(baseUri);
      return new Document(id, article.title(), article.text(), date, null);
    }
    if (text.isBlank()) {
      throw new InputException(input, "no text: the input is only white space and control characters");
    }
    LocalDate date = ScrapedDate.fromText(text);
    return new Document(id, "", text, date != null ? date : ScrapedDate.fromAddress(input), null);
  }

  private Document readFile(Path file) {
    String fileName = file.getFileName().toString();
    return fromBytes(stripExtension(fileName), file.toString(), readBytes(file), isHtmlName(fileName));
  }

  /**
   * The files of directory {@code dir} that are read, sorted by path: its .txt, .md, .html and .htm
   * files and those whose name {@code alsoRead} accepts (a caller's own formats, named in
   * {@code alsoNamed} such as {@code ".jsonl, "}), with {@code recursive} those of its subdirectories
   * too. Hidden files and directories (names starting with a dot) are passed over; the other files
   * are named in one warning (on the {@code System.Logger} of this class).
   *
   * @throws InputException when the directory cannot be listed
   */
  public static List<Path> filesOf(Path dir, boolean recursive, Predicate<String> alsoRead, String alsoNamed) {
    try (Stream<Path> files = Files.walk(dir, recursive ? Integer.MAX_VALUE : 1)) {
      List<Path> documents = new ArrayList<>();
      List<Path> others = new ArrayList<>();
      files.filter(p -> !p.equals(dir) && !isHidden(dir, p) && Files.isRegularFile(p)).sorted().forEach(p -> {
        String name = p.getFileName().toString();
        (isDocumentName(name) || alsoRead.test(name) ? documents : others).add(p);
      });
      if (!others.isEmpty()) {
        LOG.log(System.Logger.Level.WARNING, dir + ": " + others.size() + " file" + (others.size() == 1 ? "" : "s")
            + " not read (not " + alsoNamed + ".txt, .md, .html or .htm): " + names(dir, others));
      }
      return documents;
    } catch (AccessDeniedException e) {
      throw new InputException(dir.toString(), "cannot list directory: permission denied");
    } catch (IOException | UncheckedIOException e) {
      throw new InputException(dir.toString(), "cannot list directory: " + e.getMessage(), e);
    }
  }

  /** Whether {@code file} or a directory between {@code dir} and it is hidden (its name starts with a dot). */
  private static boolean isHidden(Path dir, Path file) {
    for (Path part : dir.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** The first few of {@code files}, relative to {@code dir}. */
  private static String names(Path dir, List<Path> files) {
    int shown = Math.min(files.size(), SKIPPED_FILES_NAMED);
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < shown; i++) {
      names.append(i == 0 ? "" : ", ").append(dir.relativize(files.get(i)));
    }
    return names.append(files.size() > shown ? ", ..." : "").toString();
  }

  private static boolean isDocumentName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return isHtmlName(lower) || lower.endsWith(".txt") || lower.endsWith(".md");
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
   * Fetches a page (redirects, size, time and address limits of this reader's {@link FetchLimits}; charset
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
          shared = new WebPageFetcher(this, fetchLimits);
          fetcher = shared;
        }
      }
    }
    return shared.fetch(url);
  }

  /**
   * Decodes the bytes of a text or HTML file: UTF-8 (with or without a byte-order mark), UTF-16,
   * or invalid UTF-8 that reads as Windows-1252 (with a warning); refuses empty input and binary
   * data; removes terminal escape sequences and control characters, as {@link #fromText} does.
   *
   * @throws InputException naming {@code input} when the bytes are not text
   */
  public static String decode(String input, byte[] bytes) {
    return TerminalControls.strip(TextDecoder.decode(input, bytes));
  }

  /** Whether a file is an HTML page: by its extension, or by content that looks like one ({@link InputFormat}). */
  public static boolean isHtml(String fileName, String text) {
    return isHtmlName(fileName) || InputFormat.looksLikeHtml(text);
  }

  private static String stripExtension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}
