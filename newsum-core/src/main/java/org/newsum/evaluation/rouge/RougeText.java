package org.newsum.evaluation.rouge;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsum.internal.evaluation.rouge.RougePorterStemmer;
import org.newsum.internal.text.IntList;

/**
 * The text side of {@link Rouge}, as ROUGE-1.5.5 reads it: UTF-8 bytes with only A-Z lower-cased,
 * truncation by words ({@code -l}) or bytes ({@code -b}), tokens (runs of {@code [a-z0-9]}) as int
 * ids, stop words dropped ({@code -s}) and stemmed ({@code -m}); or, with {@code --tokenize
 * unicode}, {@link RougeUnicode}'s tokens with {@code -l} counting tokens. Thread-safe: token ids are cached
 * in concurrent maps shared by all scoring calls.
 */
final class RougeText {
  private static final int STOP_WORD = -1;

  private final RougeOptions options;
  private final RougeData data;
  private final Map<String, Integer> tokenIds = new ConcurrentHashMap<>();
  private final Map<String, Integer> formIds = new ConcurrentHashMap<>();
  private final AtomicInteger nextFormId = new AtomicInteger();

  /** Every token id given so far is below this (ids are dense, in order of first sight). */
  int idBound() {
    return nextFormId.get();
  }

  RougeText(RougeOptions options, RougeData data) {
    this.options = options;
    this.data = data;
  }

  /** A summary's tokens after truncation, as a whole and per sentence (the ROUGE-L units). */
  record Prepared(int[] tokens, int[][] units) {}

  Prepared prepare(List<String> sentences) {
    if (options.tokenize() == RougeOptions.Tokenize.UNICODE) {
      return prepareUnicode(sentences);
    }
    byte[][] raw = new byte[sentences.size()][];
    for (int i = 0; i < raw.length; i++) {
      raw[i] = lowerAsciiBytes(sentences.get(i));
    }
    if (options.wordLimit() > 0) {
      return joined(truncateWords(raw, options.wordLimit()));
    }
    if (options.byteLimit() > 0) {
      return truncatedBytes(raw);
    }
    int[][] units = new int[raw.length][];
    for (int i = 0; i < raw.length; i++) {
      units[i] = tokens(raw[i], raw[i].length);
    }
    return joined(units);
  }

  /**
   * rouge.py's {@code --tokenize unicode}: {@code -l} keeps whole sentences while their tokens
   * stay under the limit, then the first tokens of the next; {@code -b} cuts the UTF-8 bytes as
   * ROUGE-1.5.5 does (a character cut in half is dropped).
   */
  private Prepared prepareUnicode(List<String> sentences) {
    if (options.byteLimit() > 0) {
      byte[][] raw = new byte[sentences.size()][];
      for (int i = 0; i < raw.length; i++) {
        raw[i] = sentences.get(i).getBytes(StandardCharsets.UTF_8);
      }
      return truncatedBytes(raw);
    }
    int[][] units = new int[sentences.size()][];
    int used = 0;
    int count = 0;
    for (String sentence : sentences) {
      int[] unit = unicodeTokens(sentence);
      if (options.wordLimit() > 0 && used + unit.length >= options.wordLimit()) {
        units[count++] = Arrays.copyOf(unit, options.wordLimit() - used);
        break;
      }
      used += unit.length;
      units[count++] = unit;
    }
    return joined(Arrays.copyOf(units, count));
  }

  /**
   * {@code -b}: the units cut at the byte limit; with ROUGE-1.5.5's bugs, ROUGE-L's units are cut
   * as it cuts them ({@link #truncateBytes}) and the tokens as a whole are those of the correct cut.
   */
  private Prepared truncatedBytes(byte[][] raw) {
    int[][] units = truncateBytes(raw, options.byteLimit(), true);
    return new Prepared(concatenated(units),
        options.rouge155Bugs() ? truncateBytes(raw, options.byteLimit(), false) : units);
  }

  /** The units and, as the summary's tokens, all of them in order. */
  private static Prepared joined(int[][] units) {
    return new Prepared(concatenated(units), units);
  }

  /** The units one after the other, in one array of exactly their total length. */
  private static int[] concatenated(int[][] units) {
    int length = 0;
    for (int[] unit : units) {
      length += unit.length;
    }
    int[] all = new int[length];
    int at = 0;
    for (int[] unit : units) {
      System.arraycopy(unit, 0, all, at, unit.length);
      at += unit.length;
    }
    return all;
  }

  private int[] unicodeTokens(String text) {
    List<String> tokens = RougeUnicode.tokens(text);
    int[] ids = new int[tokens.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = tokenId(tokens.get(i));
    }
    return ids;
  }

  /** ROUGE-1.5.5 {@code -l}: whole sentences while under the limit, then the first words of the next. */
  private int[][] truncateWords(byte[][] raw, int limit) {
    int[][] units = new int[raw.length][];
    int used = 0;
    int count = 0;
    for (byte[] s : raw) {
      int words = perlWordCount(s);
      if (used + words < limit) {
        units[count++] = tokens(s, s.length);
        used += words;
      } else {
        units[count++] = tokens(s, endOfFirstWords(s, limit - used));
        break;
      }
    }
    return Arrays.copyOf(units, count);
  }

  /**
   * ROUGE-1.5.5 {@code -b}: whole sentences while under the limit, then the first bytes of the
   * next. With {@code countUsed} false, reproduces ROUGE-1.5.5's ROUGE-L bug: bytes used are never
   * added up, so only a sentence longer than the whole limit is cut.
   */
  private int[][] truncateBytes(byte[][] raw, int limit, boolean countUsed) {
    int[][] units = new int[raw.length][];
    int used = 0;
    int count = 0;
    for (byte[] s : raw) {
      if (used + s.length < limit) {
        units[count++] = tokens(s, s.length);
        if (countUsed) {
          used += s.length;
        }
      } else {
        units[count++] = tokens(s, limit - used);
        break;
      }
    }
    return Arrays.copyOf(units, count);
  }

  /** Token ids of {@code s[0, end)}: runs of [a-z0-9], stop words dropped, stemmed with -m. */
  private int[] tokens(byte[] s, int end) {
    if (options.tokenize() == RougeOptions.Tokenize.UNICODE) {
      // a character cut in half decodes to U+FFFD at the end, which separates tokens like nothing
      return unicodeTokens(new String(s, 0, end, StandardCharsets.UTF_8));
    }
    IntList unit = new IntList();
    int i = 0;
    while (i < end) {
      if (!isAlnum(s[i])) {
        i++;
        continue;
      }
      int start = i;
      while (i < end && isAlnum(s[i])) {
        i++;
      }
      int id = tokenId(new String(s, start, i - start, StandardCharsets.ISO_8859_1));
      if (id != STOP_WORD) {
        unit.add(id);
      }
    }
    return unit.toArray();
  }

  private int tokenId(String token) {
    Integer id = tokenIds.get(token);
    if (id == null) {
      id = tokenIds.computeIfAbsent(token, t -> {
        if (options.removesStopWords() && data.stopWords().contains(t)) {
          return STOP_WORD;
        }
        String form = options.stems() && t.length() > 3 ? stem(t) : t;
        return formIds.computeIfAbsent(form, f -> nextFormId.getAndIncrement());
      });
    }
    return id;
  }

  private String stem(String token) {
    if (data.hasExceptions()) {
      String base = data.exceptions().get(token);
      if (base != null) {
        return base;
      }
    }
    return RougePorterStemmer.stem(token);
  }

  /** Words of Perl's {@code split(/\s+/, $s)}: a leading empty field is kept. */
  private static int perlWordCount(byte[] s) {
    int words = 0;
    boolean inWord = false;
    for (byte b : s) {
      boolean space = isSpace(b);
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words > 0 && s.length > 0 && isSpace(s[0]) ? words + 1 : words;
  }

  /** End offset of the first {@code n} Perl-split words of {@code s} (the leading empty field counts). */
  private static int endOfFirstWords(byte[] s, int n) {
    int remaining = s.length > 0 && isSpace(s[0]) ? n - 1 : n;
    int i = 0;
    while (remaining > 0 && i < s.length) {
      while (i < s.length && isSpace(s[i])) {
        i++;
      }
      while (i < s.length && !isSpace(s[i])) {
        i++;
      }
      remaining--;
    }
    return i;
  }

  private static byte[] lowerAsciiBytes(String sentence) {
    byte[] bytes = sentence.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] >= 'A' && bytes[i] <= 'Z') {
        bytes[i] += 'a' - 'A';
      }
    }
    return bytes;
  }

  private static boolean isAlnum(byte b) {
    return (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9');
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || (b >= 9 && b <= 13);
  }
}
