package org.newsum.internal.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * English function words (articles, pronouns, auxiliaries, prepositions, conjunctions and
 * reporting fillers) that carry no topic. Loaded once from {@code stopwords-en.txt} on the
 * classpath; the set is unmodifiable.
 */
public final class StopWords {
  private StopWords() {}

  private static final class Holder {
    static final Set<String> ENGLISH = load("stopwords-en.txt");
  }

  /** The English stop list, lower-case. */
  public static Set<String> english() {
    return Holder.ENGLISH;
  }

  public static boolean isEnglishStopWord(String lowerCaseWord) {
    return Holder.ENGLISH.contains(lowerCaseWord);
  }

  private static Set<String> load(String resource) {
    try (InputStream in = StopWords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      Set<String> words = new HashSet<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          String w = line.strip().toLowerCase(Locale.ROOT);
          if (!w.isEmpty() && !w.startsWith("#")) {
            words.add(w);
          }
        }
      }
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
