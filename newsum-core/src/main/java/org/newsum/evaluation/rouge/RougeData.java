package org.newsum.evaluation.rouge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsum.NewsumException;

/**
 * ROUGE-1.5.5's data files, read from its {@code data/} folder (never bundled: they are
 * third-party): the WordNet 2.0 exception lists used by {@code -m} and the SMART stop words
 * used by {@code -s}. Either may be absent.
 *
 * @param exceptions inflected form → base form (e.g. said → say), or null when not available
 * @param stopWords SMART common words, or null when not available
 * @param source the folder read, or null for {@link #none()}
 */
public record RougeData(Map<String, String> exceptions, Set<String> stopWords, Path source) {
  /** Environment variable naming the data folder when none is given. */
  public static final String ENV = "ROUGE_DATA";
  /** Where the data folder is searched relative to the working directory and its ancestors. */
  public static final Path SHARED_LOCATION = Path.of("shared", "rouge155", "data");
  private static final List<String> EXCEPTION_FILES = List.of("adj.exc", "adv.exc", "noun.exc", "verb.exc");

  public RougeData {
    exceptions = exceptions == null ? null : Map.copyOf(exceptions);
    stopWords = stopWords == null ? null : Set.copyOf(stopWords);
  }

  /** No data: {@code -m} is Porter alone and {@code -s} is unavailable. */
  public static RougeData none() {
    return new RougeData(null, null, null);
  }

  /**
   * Finds the data folder: {@code explicit} if given (it must exist), else {@code $ROUGE_DATA},
   * else {@code shared/rouge155/data} next to the working directory or one of its ancestors
   * (so {@code <repo root>/../shared/rouge155/data} is found from anywhere in the repository).
   */
  public static Optional<Path> locate(Path explicit) {
    if (explicit != null) {
      if (!Files.isDirectory(explicit)) {
        throw new NewsumException("ROUGE data folder " + explicit + " is not a folder");
      }
      return Optional.of(explicit);
    }
    String env = System.getenv(ENV);
    if (env != null && !env.isBlank() && Files.isDirectory(Path.of(env))) {
      return Optional.of(Path.of(env));
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(SHARED_LOCATION);
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Loads the data found by {@link #locate(Path)}, or {@link #none()} when there is none. */
  public static RougeData find(Path explicit) {
    return locate(explicit).map(RougeData::load).orElse(none());
  }

  /**
   * Reads a ROUGE-1.5.5 {@code data/} folder. The exception lists are merged in the order
   * adj, adv, noun, verb, later entries overwriting earlier ones, which reproduces the database
   * ROUGE-1.5.5 ships (best → well, testes → testes).
   */
  public static RougeData load(Path dir) {
    return new RougeData(loadExceptions(dir.resolve("WordNet-2.0-Exceptions")),
        loadStopWords(dir.resolve("smart_common_words.txt")), dir);
  }

  private static Map<String, String> loadExceptions(Path dir) {
    if (!Files.isDirectory(dir)) {
      return null;
    }
    Map<String, String> map = new HashMap<>();
    for (String name : EXCEPTION_FILES) {
      Path file = dir.resolve(name);
      if (!Files.exists(file)) {
        return null;
      }
      for (String line : readLatin1Lines(file)) {
        String[] fields = line.strip().split("\\s+");
        if (!fields[0].isEmpty()) {
          map.put(fields[0], fields.length > 1 ? fields[1] : "");
        }
      }
    }
    return map;
  }

  private static Set<String> loadStopWords(Path file) {
    return Files.exists(file) ? Set.copyOf(readLatin1Lines(file)) : null;
  }

  /** Bytes as ISO-8859-1 chars: one char per byte, as ROUGE compares them. */
  private static List<String> readLatin1Lines(Path file) {
    try {
      return List.of(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).split("\n", -1));
    } catch (IOException e) {
      throw new NewsumException("cannot read ROUGE data file " + file + ": " + e.getMessage(), e);
    }
  }

  /** The same data without the exception lists: {@code -m} is Porter alone. */
  public RougeData withoutExceptions() {
    return new RougeData(null, stopWords, source);
  }

  /** Whether {@code -m} can use the WordNet exceptions. */
  public boolean hasExceptions() {
    return exceptions != null;
  }
}
