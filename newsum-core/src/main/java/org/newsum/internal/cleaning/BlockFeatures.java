package org.newsum.internal.cleaning;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.newsum.internal.text.AscendingIds;
import org.newsum.internal.text.CharSearch;
import org.newsum.internal.text.Lexicon;
import org.newsum.internal.text.SentenceShape;
import org.newsum.internal.text.TextTokens;
import org.newsum.model.Span;

/**
 * Surface features of one block (line or paragraph) of scraped text, computed once per block:
 * its shape (length, final punctuation, title case, stop-word ratio), marks typical of page
 * furniture (a photo-credit parenthetical, an e-mail address or link, the copyright sign, words
 * addressing the reader outside quotations) and its content-word stems for topical comparison
 * with the rest of the cluster.
 *
 * <p>A block is read from its start only as far as its line key's hash and its first letter
 * need (the key's first {@link #KEY_PREFIX} characters); addresses, list marks and the copyright
 * sign are found by vectorized searches, and the words come from the tokens cleaning reads
 * anyway. What only a few blocks need is computed for those alone: the capitalization of the
 * words only for a short sentence (the only block whose prose test reads it), the reader
 * pronouns only when a labelling step asks ({@link #readerPronouns}), the key itself only to
 * confirm that two blocks with the same hash carry the same line ({@link #key}).
 *
 * @param text the block's text
 * @param words words (runs of letters and digits; punctuation set apart by a tokenizer is not a word)
 * @param endsLikeSentence ends with sentence punctuation
 * @param stopWordRatio share of word tokens that are stop words
 * @param titleCase fewer than {@link #TITLE_MAX_WORDS} words, of which over {@link #TITLE_CAPITALIZED}
 *     start with a capital letter or digit (a headline, not a sentence)
 * @param items how the block splits into items at list separators (a menu, breadcrumb or table row)
 * @param photoCredit ends with a parenthetical of capitalized, slash-separated names
 * @param contactOrLink contains an e-mail address or a web address
 * @param copyright a copyright line: the copyright sign standing as a sign (not inside a word, as
 *     in the mis-decoded "Ã©" of "é") near the start of the block or in a short block
 * @param startsInQuotation the block begins inside a quotation opened earlier in the document
 * @param contentStems distinct stem ids ({@link Lexicon#stemOf}) of the non-stop words with a
 *     letter, ascending
 * @param keyHash a hash of the first {@link #KEY_PREFIX} characters of {@link #key}: blocks with equal keys have
 *     equal hashes
 * @param hasLetters the key has a letter
 */
record BlockFeatures(String text, int words, boolean endsLikeSentence, double stopWordRatio, boolean titleCase,
    ItemList items, boolean photoCredit, boolean contactOrLink, boolean copyright, boolean startsInQuotation,
    int[] contentStems, long keyHash, boolean hasLetters) {

  /** A copyright sign among this many first words of a block makes it a copyright line. */
  private static final int COPYRIGHT_LEAD_WORDS = 3;
  /** A block of at most this many words with a copyright sign anywhere is a copyright line. */
  private static final int COPYRIGHT_LINE_WORDS = 12;
  /** Blocks with fewer words than this may be in title case. */
  static final int TITLE_MAX_WORDS = 15;
  /** Share of capitalized words above which a short block is in title case. */
  static final double TITLE_CAPITALIZED = 0.75;
  /** Characters of the key its hash covers: enough to set most lines apart. */
  static final int KEY_PREFIX = 64;
  /** The multiplier of the key hash (that of 64-bit FNV: odd, with bits spread). */
  private static final long KEY_PRIME = 0x100000001b3L;

  /** Words addressing the reader or speaking for the site; only counted outside quotations. */
  private static final String[] READER_PRONOUNS = {"you", "your", "yours", "yourself", "we", "our", "ours", "us"};
  /** The first letters of the pronouns and their greatest length: a quick test that rejects most words. */
  private static final String PRONOUN_INITIALS = Arrays.stream(READER_PRONOUNS).map(p -> p.substring(0, 1)).distinct()
      .collect(Collectors.joining());
  private static final int LONGEST_PRONOUN = Arrays.stream(READER_PRONOUNS).mapToInt(String::length).max().orElse(0);

  /**
   * The features of a block whose words are {@code tokens} from {@code from} on (the block's
   * tokens, appended to those of the blocks before it), their stems and flags as the {@link Lexicon}
   * gave them.
   *
   * @param startsInQuotation the block begins inside a quotation opened earlier in the
   *     document (its first/second-person words are a speaker's, not the site's)
   * @param scratch an empty set (not counting) that gathers the content stems; left empty
   */
  static BlockFeatures of(String text, TextTokens tokens, int from, boolean startsInQuotation, AscendingIds scratch) {
    int wordCount = tokens.size() - from;
    int stop = 0;
    for (int k = from; k < tokens.size(); k++) {
      if (tokens.isStopWord(k)) {
        stop++;
      } else if (tokens.hasLetter(k)) {
        scratch.add(tokens.stem(k));
      }
    }
    // The key's hash (the key is the text lower-cased, ASCII as it is read and a word with
    // other characters by String.toLowerCase, with white space collapsed) covers its first
    // KEY_PREFIX characters, and the key is read no further once a letter is found: blocks
    // with the same beginning are told apart by their keys (ClusterEvidence).
    long hash = 0;
    int keyLength = 0;
    boolean letters = false;
    int n = text.length();
    int i = 0;
    while (i < n && (keyLength < KEY_PREFIX || !letters)) {
      while (i < n && isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i == n) {
        break;
      }
      int start = i;
      if (keyLength > 0) {
        hash = keyLength++ < KEY_PREFIX ? hash * KEY_PRIME + ' ' : hash;
      }
      long wordHash = hash;
      int wordKeyLength = keyLength;
      boolean ascii = true;
      for (; i < n; i++) {
        char c = text.charAt(i);
        if (c < 0x80) {
          if (c <= ' ' && isWhitespace(c)) {
            break;
          }
          if (keyLength >= KEY_PREFIX && letters && ascii) {
            break; // a prefix of an ASCII word is a prefix of its key
          }
          char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
          letters |= lower >= 'a' && lower <= 'z';
          hash = keyLength++ < KEY_PREFIX ? hash * KEY_PRIME + lower : hash;
        } else if (isWhitespace(c)) {
          break;
        } else {
          ascii = false;
        }
      }
      if (!ascii) {
        String lower = text.substring(start, i).toLowerCase(Locale.ROOT);
        hash = wordHash;
        keyLength = wordKeyLength;
        for (int k = 0; k < lower.length(); k++) {
          char c = lower.charAt(k);
          letters |= Character.isLetter(c);
          hash = keyLength++ < KEY_PREFIX ? hash * KEY_PRIME + c : hash;
        }
      }
    }
    boolean endsLikeSentence = SentenceShape.endsLikeSentence(text);
    // Only a short sentence's prose test reads its capitalization.
    boolean titleCase = endsLikeSentence && wordCount < TITLE_MAX_WORDS && capitalizedRatio(text) > TITLE_CAPITALIZED;
    return new BlockFeatures(
        text,
        wordCount,
        endsLikeSentence,
        wordCount == 0 ? 0 : (double) stop / wordCount,
        titleCase,
        ItemList.of(text),
        endsWithPhotoCredit(text),
        hasWebAddress(text) || hasEmailAddress(text) || text.contains("://"),
        isCopyrightLine(text),
        startsInQuotation,
        scratch.take(),
        hash,
        letters);
  }

  /**
   * The text lower-cased with white space collapsed, for finding repeats: ASCII letters mapped
   * one by one, a word with other characters by {@link String#toLowerCase(Locale)}.
   */
  String key() {
    char[] key = new char[text.length()];
    int length = 0;
    for (WordSpan w = WordSpan.first(text); w != null; w = w.next(text)) {
      if (length > 0) {
        key[length++] = ' ';
      }
      boolean ascii = true;
      for (int i = w.start(); i < w.end(); i++) {
        ascii &= text.charAt(i) < 0x80;
      }
      if (ascii) {
        for (int i = w.start(); i < w.end(); i++) {
          char c = text.charAt(i);
          key[length++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
      } else {
        String lower = text.substring(w.start(), w.end()).toLowerCase(Locale.ROOT);
        // lower-casing may lengthen a word: room for it and for the rest of the text
        key = Arrays.copyOf(key, Math.max(key.length, length + lower.length() + text.length() - w.end()));
        lower.getChars(0, lower.length(), key, length);
        length += lower.length();
      }
    }
    return new String(key, 0, length);
  }

  /** The {@link #keyHash} of a key: the polynomial hash of its first {@link #KEY_PREFIX} characters. */
  static long hashOfKey(String key) {
    long hash = 0;
    for (int k = 0; k < Math.min(key.length(), KEY_PREFIX); k++) {
      hash = hash * KEY_PRIME + key.charAt(k);
    }
    return hash;
  }

  /** First- and second-person pronouns outside quotations; none when the block begins inside one. */
  int readerPronouns() {
    return startsInQuotation ? 0 : readerPronounsOutsideQuotes(text);
  }

  /** A maximal run {@code [start, end)} of non-white-space characters. */
  private record WordSpan(int start, int end) {
    static WordSpan first(String text) {
      return from(text, 0);
    }

    WordSpan next(String text) {
      return from(text, end);
    }

    private static WordSpan from(String text, int i) {
      int n = text.length();
      while (i < n && isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isWhitespace(text.charAt(i))) {
        i++;
      }
      return i == start ? null : new WordSpan(start, i);
    }
  }

  /** Share of the white-space separated words with a letter or digit whose first letter or digit is a capital or a digit. */
  static double capitalizedRatio(String text) {
    int lettered = 0;
    int capitalized = 0;
    for (WordSpan w = WordSpan.first(text); w != null; w = w.next(text)) {
      int first = firstLetterOrDigit(text, w.start(), w.end());
      if (first >= 0) {
        lettered++;
        char c = text.charAt(first);
        capitalized += Character.isUpperCase(c) || Character.isDigit(c) ? 1 : 0;
      }
    }
    return lettered == 0 ? 0 : (double) capitalized / lettered;
  }

  /** White-space separated words with a letter or digit. */
  private static int letteredWords(String text) {
    int lettered = 0;
    for (WordSpan w = WordSpan.first(text); w != null; w = w.next(text)) {
      lettered += firstLetterOrDigit(text, w.start(), w.end()) >= 0 ? 1 : 0;
    }
    return lettered;
  }

  /**
   * An e-mail address: a white-space separated word with an {@code @} after its first character
   * and a dot at least two characters after the first {@code @}.
   */
  private static boolean hasEmailAddress(String text) {
    if (text.indexOf('@') < 0) {
      return false; // most blocks: no sign, found by a vectorized search
    }
    for (WordSpan w = WordSpan.first(text); w != null; w = w.next(text)) {
      int at = text.indexOf('@', w.start());
      if (at > w.start() && at < w.end()) {
        int dot = text.indexOf('.', at);
        if (dot > at + 1 && dot < w.end()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Reads like prose: a sentence of at least three words that is not in title case, or a long
   * run of words with a normal share of function words (a sentence cut off by the scraper);
   * never a menu or a row of figures ({@link ItemList}).
   */
  boolean prose() {
    return !items.menu() && !items.figures()
        && (endsLikeSentence && words >= 3 && !titleCase || words >= 15 && stopWordRatio >= 0.2);
  }

  /** {@link Character#isWhitespace}, with ASCII answered without a table lookup. */
  private static boolean isWhitespace(char c) {
    return c < 0x80 ? c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1c && c <= 0x1f : Character.isWhitespace(c);
  }

  private static int firstLetterOrDigit(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A copyright sign that stands as a sign (no letter on either side) among the first
   * {@link #COPYRIGHT_LEAD_WORDS} words of the block, or anywhere in a block of at most
   * {@link #COPYRIGHT_LINE_WORDS} words: a copyright line or credit, not a paragraph that mentions
   * the sign or mis-decoded text where it is half of a letter.
   */
  static boolean isCopyrightLine(String text) {
    if (text.indexOf('\u00a9') < 0) {
      return false; // most blocks: no sign, found by a vectorized search
    }
    int words = letteredWords(text);
    int wordsBefore = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u00a9' && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
          && (i + 1 == text.length() || !Character.isLetter(text.charAt(i + 1)))
          && (wordsBefore < COPYRIGHT_LEAD_WORDS || words <= COPYRIGHT_LINE_WORDS)) {
        return true;
      }
      boolean wordChar = !Character.isWhitespace(c);
      wordsBefore += wordChar && !inWord ? 1 : 0;
      inWord = wordChar;
    }
    return false;
  }

  /** "(SAUL LOEB/AFP/Getty Images)": a final parenthetical naming agencies, slash-separated. */
  static boolean endsWithPhotoCredit(String text) {
    int last = text.length() - 1;
    while (last >= 0 && Character.isWhitespace(text.charAt(last))) {
      last--;
    }
    if (last < 0 || text.charAt(last) != ')') {
      return false; // most blocks: no final parenthesis
    }
    int open = text.lastIndexOf('(', last);
    if (open < 0) {
      return false;
    }
    String inside = text.substring(open + 1, last).strip();
    if (inside.indexOf('/') < 0) {
      return false;
    }
    for (String part : inside.split("[\\s/]+")) {
      int first = firstLetterOrDigit(part, 0, part.length());
      if (first >= 0 && !Character.isUpperCase(part.charAt(first))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a white-space separated word starts with "www." (a web address without a scheme):
   * found from the dots, which a vectorized search finds.
   */
  private static boolean hasWebAddress(String text) {
    for (int dot = text.indexOf('.', 3); dot >= 0; dot = text.indexOf('.', dot + 1)) {
      // Only 'W' and 'w' give 'w' when OR-ed with 0x20, and no other character folds to either.
      if ((text.charAt(dot - 3) | 0x20) == 'w' && (text.charAt(dot - 2) | 0x20) == 'w' && (text.charAt(dot - 1) | 0x20) == 'w'
          && (dot == 3 || isWhitespace(text.charAt(dot - 4)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * For each span, whether it begins inside a quotation: tracks quotation marks (straight,
   * curly, guillemets, and the {@code `` ''} of newswire text) through the document.
   */
  static boolean[] startsInQuotation(String text, List<Span> spans) {
    boolean[] out = new boolean[spans.size()];
    boolean open = false;
    CharSearch marks = new CharSearch(text, QUOTE_CHARACTERS); // no other character changes the state
    int pos = 0;
    for (int k = 0; k < spans.size(); k++) {
      int start = spans.get(k).start();
      for (pos = marks.next(pos, start); pos < start; pos = marks.next(pos + 1, start)) {
        open = quoteStateAfter(text, pos, open);
      }
      out[k] = open;
    }
    return out;
  }

  /** The characters {@link #quoteStateAfter} reacts to. */
  static final char[] QUOTE_CHARACTERS = {'"', '\u201c', '\u00ab', '`', '\u201d', '\u00bb', '\''};

  static boolean quoteStateAfter(String text, int i, boolean open) {
    char c = text.charAt(i);
    if (c == '"') {
      return !open;
    }
    if (c == '\u201c' || c == '\u00ab' || c == '`' && markLength(text, i) == 2) {
      return true;
    }
    if (c == '\u201d' || c == '\u00bb' || c == '\'' && markLength(text, i) == 2) {
      return false;
    }
    return open;
  }

  /**
   * Counts "you", "we", "our"... outside quotation marks ("US" in capitals is a country). A
   * block with unbalanced quotation marks is part of a quotation that spans blocks, where the
   * speaker is not the site: it counts nothing.
   */
  static int readerPronounsOutsideQuotes(String text) {
    int straight = 0;
    int opens = 0;
    int closes = 0;
    for (int i = 0; i < text.length(); i += markLength(text, i)) {
      char c = quoteMark(text, i);
      if (c == '"') {
        straight++;
      } else if (c == '\u201c' || c == '\u00ab') {
        opens++;
      } else if (c == '\u201d' || c == '\u00bb') {
        closes++;
      }
    }
    if (straight % 2 == 1 || opens != closes) {
      return 0;
    }
    int count = 0;
    boolean quoted = false;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = quoteMark(text, i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\u201c' || c == '\u00ab') {
        quoted = true;
      } else if (c == '\u201d' || c == '\u00bb') {
        quoted = false;
      }
      if (!Character.isLetter(c)) {
        i += markLength(text, i);
        continue;
      }
      int s = i;
      while (i < n && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (!quoted && isReaderPronoun(text, s, i)) {
        count++;
      }
    }
    return count;
  }

  /** The character at {@code i}, reading the newswire quotes {@code ``} and {@code ''} as \u201c and \u201d. */
  private static char quoteMark(String text, int i) {
    char c = text.charAt(i);
    return markLength(text, i) == 2 ? (c == '`' ? '\u201c' : '\u201d') : c;
  }

  /** 2 at a newswire quote {@code ``} or {@code ''}, else 1. */
  private static int markLength(String text, int i) {
    char c = text.charAt(i);
    return (c == '`' || c == '\'') && i + 1 < text.length() && text.charAt(i + 1) == c ? 2 : 1;
  }

  /**
   * Whether the letters {@code t[start, end)} are a reader pronoun, in any case but all
   * capitals ("US" is a country). Only ASCII letters lower-case to a pronoun.
   */
  private static boolean isReaderPronoun(String t, int start, int end) {
    int length = end - start;
    if (length > LONGEST_PRONOUN || PRONOUN_INITIALS.indexOf(t.charAt(start) | 0x20) < 0) {
      return false;
    }
    boolean allCaps = length > 1;
    for (int i = start; i < end; i++) {
      char c = t.charAt(i);
      if (c >= 0x80) {
        return false;
      }
      allCaps &= c >= 'A' && c <= 'Z';
    }
    if (allCaps) {
      return false;
    }
    for (String pronoun : READER_PRONOUNS) {
      if (pronoun.length() == length && t.regionMatches(true, start, pronoun, 0, length)) {
        return true;
      }
    }
    return false;
  }

}
