package org.newsum.internal.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.newsum.model.Characters;

/**
 * The one tokenizer and word table of text analysis, shared by cleaning and summarization:
 * turns text into int word ids (no token objects, no string per occurrence), and knows for each
 * word its lower-case form, its stem (an int stem id, Lucene's Snowball stemmer of the
 * lexicon's language; Porter for English), and whether it is a stop word of that language
 * ({@link LanguageAnalysis}).
 *
 * <p>Words are maximal runs of letters and digits (an apostrophe inside a word is kept, a
 * possessive {@code 's} is dropped, hyphens split), lower-cased; Chinese and Japanese
 * characters, written without spaces, are one word each (as ROUGE scores them); the analysis of
 * a cluster in Chinese, Japanese or Korean reads the words of the language's segmenter instead
 * ({@link #segment}), from the same table.
 *
 * <p>Each distinct word is looked up by its characters in an open-addressing table and stemmed
 * once per thread, not once per cluster: news text repeats its words. One instance per thread
 * and language ({@link #forThisThread}); ids are valid until the next {@code forThisThread} call on that
 * thread, which may start the table over when it holds more than {@link #MAX_WORDS} words
 * (bounding memory on huge inputs). Callers take the lexicon once per stage and keep its ids
 * within that stage. Not thread-safe.
 */
public final class Lexicon {
  /** Distinct words remembered before the table starts over (some 20 MB at most per thread). */
  static final int MAX_WORDS = 100_000;
  /** Bits of a word's info ({@link #INFO}) below its stem id: the flags. */
  static final int INFO_FLAGS = 2;
  /** The info bit of a stop word. */
  static final int STOP = 1 << 1;
  /** The info bit of a word with a letter. */
  static final int LETTER = 1;
  private static final int HASH = 0;
  private static final int INFO = 1;
  private static final int LENGTH = 2;
  private static final int INDEX = 3;
  private static final int CHARS = 4;
  /**
   * Longest text whose tokens are remembered: what is remembered stays referenced until taken or
   * forgotten, so a huge document is tokenized twice rather than held.
   */
  private static final int MAX_REMEMBERED_CHARS = 1_000_000;
  private static final ThreadLocal<Lexicon> PER_THREAD = ThreadLocal.withInitial(() -> new Lexicon(LanguageAnalysis.of("en")));
  /** The lexicons of other languages, by language, per thread. */
  private static final ThreadLocal<Map<String, Lexicon>> OTHER_LANGUAGES = ThreadLocal.withInitial(HashMap::new);

  private final LanguageAnalysis analysis;
  private final Map<String, Integer> stemIds = new HashMap<>();
  private String[] stems = new String[1024];
  private int stemCount;
  /** The lower-case form of every word, by its index in order of first sight. */
  private String[] words = new String[1024];
  /**
   * One record per word, one after the other; a word's id is where its record starts. A record
   * holds what a lookup and the stages read of the word, so that they touch one cache line rather
   * than a table of starts, a pool of characters and a table of flags: {@link #HASH}, {@link
   * #INFO} (its stem id above {@link #INFO_FLAGS} bits, then whether it is a stop word ({@link
   * #STOP}) and whether it has a letter ({@link #LETTER})), {@link #LENGTH}, {@link #INDEX} (into
   * {@link #words}), then its characters two to an int ({@link #CHARS}).
   */
  private int[] records = new int[16384];
  private int recordsSize;
  private int wordCount;
  /**
   * Open addressing: a word's hash in the high half and its id + 1 in the low half, 0 for an
   * empty slot (a probe compares hashes without touching the records); the length is a power
   * of two.
   */
  private long[] table = new long[4096];
  private char[] buffer = new char[64];
  private final Map<String, TextTokens> remembered = new IdentityHashMap<>();

  private Lexicon(LanguageAnalysis analysis) {
    this.analysis = analysis;
  }

  /**
   * This thread's English lexicon (the one cleaning reads with), started over first if it has
   * grown past {@link #MAX_WORDS}.
   */
  public static Lexicon forThisThread() {
    return startedOverIfFull(PER_THREAD.get());
  }

  /**
   * This thread's lexicon for {@code language} (an ISO 639-1 code): its stems and stop words are
   * the language's ({@link LanguageAnalysis}); English and an unknown language ({@code "und"})
   * share {@link #forThisThread()}.
   */
  public static Lexicon forThisThread(String language) {
    if (language == null || language.equals("en") || language.equals("und")) {
      return forThisThread();
    }
    return startedOverIfFull(OTHER_LANGUAGES.get().computeIfAbsent(language, l -> new Lexicon(LanguageAnalysis.of(l))));
  }

  private static Lexicon startedOverIfFull(Lexicon lexicon) {
    if (lexicon.wordCount > MAX_WORDS) {
      lexicon.clear();
    }
    return lexicon;
  }

  /** The language whose stems and stop words this lexicon knows. */
  public String language() {
    return analysis.language();
  }

  private void clear() {
    remembered.clear();
    stemIds.clear();
    Arrays.fill(stems, 0, stemCount, null);
    Arrays.fill(words, 0, wordCount, null);
    recordsSize = 0;
    Arrays.fill(table, 0);
    stemCount = 0;
    wordCount = 0;
  }

  /**
   * Appends the word ids of {@code text[start, end)} to {@code out}, in order; the same as
   * tokenizing the substring on its own.
   */
  public void tokenize(CharSequence text, int start, int end, IntList out) {
    tokenize(text, start, end, out, null);
  }

  /** Appends the words of {@code text[start, end)} with their spans in {@code text} to {@code out}. */
  public void tokenize(CharSequence text, int start, int end, TextTokens out) {
    tokenize(text, start, end, null, out);
  }

  /** Into {@code ids} or {@code tokens}, whichever is not null. */
  private void tokenize(CharSequence text, int start, int end, IntList ids, TextTokens tokens) {
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (!isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int s = i;
      int word;
      boolean ascii = false;
      if (Characters.isCjkCharacter(c)) {
        buffer[0] = c;
        word = word(1, c, true);
        i++;
      } else {
        // While the word is ASCII, it is lower-cased into the buffer and hashed as it is scanned
        // (a dropped 's, seldom met, has the hash computed again).
        ascii = true;
        int length = 0;
        int hash = 0;
        while (i < end) {
          char d = text.charAt(i);
          if (Characters.isCjkCharacter(d) || !(isLetterOrDigit(d)
              || isApostrophe(d) && i + 1 < end && Character.isLetter(text.charAt(i + 1)))) {
            break;
          }
          if (ascii) {
            if (d < 0x80) {
              char lower = d >= 'A' && d <= 'Z' ? (char) (d + ('a' - 'A')) : d;
              if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, 2 * length);
              }
              buffer[length++] = lower;
              hash = 31 * hash + lower;
            } else {
              ascii = false;
            }
          }
          i++;
        }
        if (!ascii) {
          length = lowerOther(text, s, i);
        }
        boolean possessive = length >= 2 && buffer[length - 2] == '\'' && buffer[length - 1] == 's';
        if (possessive) {
          length -= 2;
        }
        if (length == 0) {
          continue;
        }
        word = word(length, ascii && !possessive ? hash : hashOf(length), false);
      }
      if (ids != null) {
        ids.add(word);
      } else {
        tokens.add(word, info(word), s, i, ascii);
      }
    }
  }

  /**
   * Remembers the tokens of a document's text (the exact string instance) for {@link
   * org.newsum.text.ClusterAnalyzer}, which then reads its sentences' words from them instead of tokenizing the
   * text again. The caller guarantees that they are the tokens {@link #tokenize} would give of
   * the whole text. Kept until taken or {@link #forgetTokens}; texts over a million characters
   * are not kept.
   */
  public void rememberTokens(String text, TextTokens tokens) {
    if (text.length() <= MAX_REMEMBERED_CHARS) {
      remembered.put(text, tokens);
    }
  }

  /** The tokens remembered for this exact string, or null; forgets them. */
  public TextTokens takeTokens(String text) {
    return remembered.remove(text);
  }

  /** Forgets every remembered tokenization. */
  public void forgetTokens() {
    remembered.clear();
  }

  /**
   * Appends to {@code out} the ids of the words the language's {@linkplain LanguageAnalysis#segmenter()
   * segmenter} cuts {@code text[start, end)} into, in order, and returns true; returns false, adding
   * nothing, for a language without one (its words are those of {@link #tokenize}).
   */
  public boolean segment(CharSequence text, int start, int end, IntList out) {
    Analyzer segmenter = analysis.segmenter();
    if (segmenter == null) {
      return false;
    }
    try (TokenStream stream = segmenter.tokenStream("", text.subSequence(start, end).toString())) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        int length = term.length();
        ensureBuffer(length);
        System.arraycopy(term.buffer(), 0, buffer, 0, length);
        boolean cjk = false;
        for (int k = 0; k < length && !cjk; k++) {
          cjk = Characters.isCjkCharacter(buffer[k]);
        }
        out.add(word(length, hashOf(length), cjk));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string reader does not fail
    }
    return true;
  }

  /** The word ids of {@code text}, in order. */
  public int[] tokenize(CharSequence text) {
    IntList out = new IntList();
    tokenize(text, 0, text.length(), out);
    return out.toArray();
  }

  /** Lower-cases as {@link String#toLowerCase(Locale)} does (it may change the length), then maps U+2019 to '. */
  private int lowerOther(CharSequence text, int start, int end) {
    String lower = text.subSequence(start, end).toString().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    ensureBuffer(lower.length());
    lower.getChars(0, lower.length(), buffer, 0);
    return lower.length();
  }

  private void ensureBuffer(int length) {
    if (buffer.length < length) {
      buffer = new char[Math.max(length, 2 * buffer.length)];
    }
  }

  /** The hash of {@code buffer[0, length)}, as {@link String#hashCode} computes it. */
  private int hashOf(int length) {
    int hash = 0;
    for (int k = 0; k < length; k++) {
      hash = 31 * hash + buffer[k];
    }
    return hash;
  }

  /** The id of the word in {@code buffer[0, length)}, whose hash is {@code hash}; added on first sight. */
  private int word(int length, int hash, boolean cjk) {
    int mask = table.length - 1;
    int slot = mix(hash) & mask;
    long entry;
    while ((entry = table[slot]) != 0) {
      int id = (int) entry - 1;
      if ((int) (entry >>> 32) == hash && matches(id, length)) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
    int id = add(length, hash, cjk);
    table[slot] = entry(hash, id);
    if (2 * wordCount > table.length) {
      rehash();
    }
    return id;
  }

  /** Whether the word whose record starts at {@code id} is {@code buffer[0, length)}. */
  private boolean matches(int id, int length) {
    if (records[id + LENGTH] != length) {
      return false;
    }
    int at = id + CHARS;
    int k = 0;
    for (; k + 1 < length; k += 2) {
      if (records[at++] != (buffer[k] | buffer[k + 1] << 16)) {
        return false;
      }
    }
    return k == length || records[at] == buffer[k];
  }

  private static long entry(int hash, int id) {
    return (long) hash << 32 | (id + 1);
  }

  /**
   * The slot hash of a word's string hash: multiplied by the golden ratio and its high half folded
   * down, so that the low bits the table uses depend on every character. (Folding the string hash
   * alone left long linear-probing runs for words that differ late, and lookups slowed as the
   * table filled.)
   */
  private static int mix(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  private int add(int length, int hash, boolean cjk) {
    String word = new String(buffer, 0, length);
    if (wordCount == words.length) {
      words = Arrays.copyOf(words, 2 * wordCount);
    }
    int index = wordCount++;
    words[index] = word;
    int id = recordsSize;
    int size = CHARS + (length + 1) / 2;
    if (id + size > records.length) {
      records = Arrays.copyOf(records, Math.max(2 * records.length, id + size));
    }
    records[id + HASH] = hash;
    records[id + INFO] = stemId(cjk ? word : analysis.stem(word)) << INFO_FLAGS
        | (!cjk && analysis.isStopWord(word) ? STOP : 0)
        | (word.chars().anyMatch(Character::isLetter) ? LETTER : 0);
    records[id + LENGTH] = length;
    records[id + INDEX] = index;
    int at = id + CHARS;
    int k = 0;
    for (; k + 1 < length; k += 2) {
      records[at++] = buffer[k] | buffer[k + 1] << 16;
    }
    if (k < length) {
      records[at] = buffer[k];
    }
    recordsSize = id + size;
    return id;
  }

  private void rehash() {
    long[] grown = new long[2 * table.length];
    int mask = grown.length - 1;
    for (int id = 0; id < recordsSize; id += CHARS + (records[id + LENGTH] + 1) / 2) {
      int hash = records[id + HASH];
      int slot = mix(hash) & mask;
      while (grown[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      grown[slot] = entry(hash, id);
    }
    table = grown;
  }

  private int stemId(String stem) {
    Integer known = stemIds.get(stem);
    if (known != null) {
      return known;
    }
    if (stemCount == stems.length) {
      stems = Arrays.copyOf(stems, 2 * stemCount);
    }
    stems[stemCount] = stem;
    stemIds.put(stem, stemCount);
    return stemCount++;
  }

  /** The lower-case form of a word. */
  public String word(int word) {
    return words[records[word + INDEX]];
  }

  /** A word's info: its stem id above {@link #INFO_FLAGS} bits, then its {@link #STOP} and {@link #LETTER} flags. */
  int info(int word) {
    return records[word + INFO];
  }

  /** The stem id of a word: words with the same stem share it. */
  public int stemOf(int word) {
    return records[word + INFO] >>> INFO_FLAGS;
  }

  /** Whether the word is a stop word of the lexicon's language. */
  public boolean isStopWord(int word) {
    return (records[word + INFO] & STOP) != 0;
  }

  /** Whether the word has a letter (not only digits). */
  public boolean hasLetter(int word) {
    return (records[word + INFO] & LETTER) != 0;
  }

  /** The stem of a stem id. */
  public String stem(int stemId) {
    return stems[stemId];
  }

  /** Number of stem ids handed out: every stem id is below it. */
  public int stemCount() {
    return stemCount;
  }

  /** {@link Character#isLetterOrDigit(char)}, with ASCII answered without the Unicode tables. */
  static boolean isLetterOrDigit(char c) {
    return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }
}
