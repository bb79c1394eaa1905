package org.newsum.evaluation.rouge;

import org.newsum.NewsumException;

/**
 * How {@link Rouge} scores, mirroring ROUGE-1.5.5's (and rouge.py's) options.
 *
 * @param maxN ROUGE-1 .. ROUGE-{@code maxN} are computed ({@code -n}, at least 1)
 * @param skipDistance ROUGE-SU skip distance ({@code --su}); {@link #SKIP_ANY} for unlimited,
 *     {@link #NO_SU} to leave ROUGE-SU out
 * @param stem {@code -m}: WordNet exceptions (when {@link RougeData} has them), then ROUGE's Porter
 *     stemmer, for tokens longer than 3 characters
 * @param removeStopWords {@code -s}: drop SMART stop words (needs {@link RougeData#stopWords()})
 * @param wordLimit {@code -l}: cut peer and references to this many words, 0 for no limit
 * @param byteLimit {@code -b}: cut peer and references to this many bytes, 0 for no limit
 * @param alpha F weight of recall: F = PR / ((1-alpha) P + alpha R); 0.5 is F1
 * @param rouge155Bugs keep ROUGE-1.5.5's {@code -b} bug (ROUGE-L sentences not byte-truncated)
 * @param tokenize how text becomes tokens ({@code --tokenize}); {@link Tokenize#UNICODE} ignores
 *     {@code stem} and {@code removeStopWords}, and {@code wordLimit} counts tokens
 */
public record RougeOptions(
    int maxN, int skipDistance, boolean stem, boolean removeStopWords, int wordLimit, int byteLimit,
    double alpha, boolean rouge155Bugs, Tokenize tokenize) {
  /** rouge.py's {@code --tokenize}. */
  public enum Tokenize {
    /** ROUGE-1.5.5's: ASCII letters and digits only, every other byte separates tokens. */
    ROUGE155,
    /**
     * Runs of Unicode letters and digits, case-folded, one token per CJK character; no stemming,
     * no stop words; {@code -l} counts tokens. Scores any language (French accents, Chinese).
     */
    UNICODE;

    /** The flag value: {@code rouge155} or {@code unicode}. */
    public String flag() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The value of a {@code --tokenize} flag, case-insensitive. */
    public static Tokenize byFlag(String flag) {
      for (Tokenize t : values()) {
        if (t.flag().equalsIgnoreCase(flag.strip())) {
          return t;
        }
      }
      throw new NewsumException("--tokenize must be rouge155 or unicode, not '" + flag + "'");
    }
  }

  /** {@link #skipDistance} meaning "any distance" (ROUGE-SU*). */
  public static final int SKIP_ANY = -1;
  /** {@link #skipDistance} meaning "no ROUGE-SU". */
  public static final int NO_SU = Integer.MIN_VALUE;

  public RougeOptions {
    if (maxN < 1) {
      throw new NewsumException("ROUGE -n must be at least 1, got " + maxN);
    }
    if (skipDistance < SKIP_ANY && skipDistance != NO_SU) {
      throw new NewsumException("ROUGE-SU skip distance must be -1 (any) or at least 0, got " + skipDistance);
    }
    if (wordLimit < 0 || byteLimit < 0) {
      throw new NewsumException("ROUGE length limits must not be negative");
    }
    if (wordLimit > 0 && byteLimit > 0) {
      throw new NewsumException("ROUGE takes a word limit (-l) or a byte limit (-b), not both");
    }
    if (!(alpha >= 0 && alpha <= 1)) {
      throw new NewsumException("ROUGE alpha must be between 0 and 1, got " + alpha);
    }
    if (tokenize == null) {
      throw new NewsumException("ROUGE needs a tokenizer (rouge155 or unicode)");
    }
  }

  /** rouge.py's defaults: {@code -n 2 --su 4}, no stemming, no stop-word removal, no length limit. */
  public static RougeOptions defaults() {
    return new RougeOptions(2, 4, false, false, 0, 0, 0.5, true, Tokenize.ROUGE155);
  }

  /** DUC 2004 task 2: {@code -n 4 -m -l 100}. */
  public static RougeOptions duc2004() {
    return defaults().withMaxN(4).withStem(true).withWordLimit(100);
  }

  /** DUC 2006: {@code -n 2 -m -l 250 --su 4}. */
  public static RougeOptions duc2006() {
    return defaults().withStem(true).withWordLimit(250);
  }

  /** Multi-News: {@code -n 2 -m --su 4}, no length limit. */
  public static RougeOptions multiNews() {
    return defaults().withStem(true);
  }

  public RougeOptions withMaxN(int n) {
    return new RougeOptions(n, skipDistance, stem, removeStopWords, wordLimit, byteLimit, alpha, rouge155Bugs, tokenize);
  }

  public RougeOptions withSkipDistance(int distance) {
    return new RougeOptions(maxN, distance, stem, removeStopWords, wordLimit, byteLimit, alpha, rouge155Bugs, tokenize);
  }

  public RougeOptions withStem(boolean on) {
    return new RougeOptions(maxN, skipDistance, on, removeStopWords, wordLimit, byteLimit, alpha, rouge155Bugs, tokenize);
  }

  public RougeOptions withStopWordsRemoved(boolean on) {
    return new RougeOptions(maxN, skipDistance, stem, on, wordLimit, byteLimit, alpha, rouge155Bugs, tokenize);
  }

  /** A word limit ({@code -l}); clears any byte limit. 0 means none. */
  public RougeOptions withWordLimit(int words) {
    return new RougeOptions(maxN, skipDistance, stem, removeStopWords, words, 0, alpha, rouge155Bugs, tokenize);
  }

  /** A byte limit ({@code -b}); clears any word limit. 0 means none. */
  public RougeOptions withByteLimit(int bytes) {
    return new RougeOptions(maxN, skipDistance, stem, removeStopWords, 0, bytes, alpha, rouge155Bugs, tokenize);
  }

  public RougeOptions withAlpha(double a) {
    return new RougeOptions(maxN, skipDistance, stem, removeStopWords, wordLimit, byteLimit, a, rouge155Bugs, tokenize);
  }

  public RougeOptions withRouge155Bugs(boolean keep) {
    return new RougeOptions(maxN, skipDistance, stem, removeStopWords, wordLimit, byteLimit, alpha, keep, tokenize);
  }

  /**
   * With the given tokenizer. {@link Tokenize#UNICODE} also turns stemming and stop-word removal
   * off (rouge.py ignores them there), so a protocol's options carry over without warnings.
   */
  public RougeOptions withTokenize(Tokenize t) {
    boolean unicode = t == Tokenize.UNICODE;
    return new RougeOptions(maxN, skipDistance, stem && !unicode, removeStopWords && !unicode, wordLimit, byteLimit,
        alpha, rouge155Bugs, t);
  }

  /** Whether {@code -m} applies: asked for, and the tokenizer is ROUGE-1.5.5's. */
  public boolean stems() {
    return stem && tokenize == Tokenize.ROUGE155;
  }

  /** Whether {@code -s} applies: asked for, and the tokenizer is ROUGE-1.5.5's. */
  public boolean removesStopWords() {
    return removeStopWords && tokenize == Tokenize.ROUGE155;
  }

  /** The ROUGE-SU metric name ({@code rouge-su4}, {@code rouge-su*}), or null without ROUGE-SU. */
  public String skipMetricName() {
    if (skipDistance == NO_SU) {
      return null;
    }
    return skipDistance == SKIP_ANY ? "rouge-su*" : "rouge-su" + skipDistance;
  }

  /** The equivalent rouge.py / ROUGE-1.5.5 flags, e.g. {@code -n 4 --su 4 -m -l 100}. */
  public String toFlags() {
    StringBuilder s = new StringBuilder("-n ").append(maxN);
    if (skipDistance != NO_SU) {
      s.append(" --su ").append(skipDistance);
    }
    if (stem) {
      s.append(" -m");
    }
    if (removeStopWords) {
      s.append(" -s");
    }
    if (wordLimit > 0) {
      s.append(" -l ").append(wordLimit);
    }
    if (byteLimit > 0) {
      s.append(" -b ").append(byteLimit);
    }
    if (alpha != 0.5) {
      s.append(" --alpha ").append(alpha);
    }
    if (!rouge155Bugs) {
      s.append(" --no-rouge155-bugs");
    }
    if (tokenize != Tokenize.ROUGE155) {
      s.append(" --tokenize ").append(tokenize.flag());
    }
    return s.toString();
  }
}
