package org.newsum.cleaning;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsum.text.SentenceShape;
import org.newsum.text.Token;
import org.newsum.text.WordAnalyzer;

/**
 * Surface features of one block (line or paragraph) of scraped text, computed once per block:
 * its shape (length, final punctuation, capitalization, stop-word ratio), marks typical of
 * page furniture (a photo-credit parenthetical, an e-mail address or link, the copyright sign,
 * words addressing the reader outside quotations) and its content-word stems for topical
 * comparison with the rest of the cluster.
 *
 * @param words words (runs of letters and digits; punctuation set apart by a tokenizer is not a word)
 * @param endsLikeSentence ends with sentence punctuation
 * @param stopWordRatio share of word tokens that are stop words
 * @param capitalizedRatio share of words that start with a capital letter or digit
 * @param separators list separators ({@code | » › •}) as between menu entries or breadcrumbs
 * @param photoCredit ends with a parenthetical of capitalized, slash-separated names
 * @param contactOrLink contains an e-mail address or a web address
 * @param copyright contains the copyright sign
 * @param readerPronouns first- and second-person pronouns outside quotations
 * @param contentStems distinct stems of the non-stop words
 * @param key the text lower-cased with white space collapsed, for finding repeats
 */
record BlockFeatures(int words, boolean endsLikeSentence, double stopWordRatio, double capitalizedRatio,
    int separators, boolean photoCredit, boolean contactOrLink, boolean copyright, int readerPronouns, Set<String> contentStems,
    String key) {

  /** Words addressing the reader or speaking for the site; only counted outside quotations. */
  private static final Set<String> READER_PRONOUNS = Set.of("you", "your", "yours", "yourself", "we", "our", "ours", "us");

  static BlockFeatures of(String text, WordAnalyzer analyzer) {
    List<Token> tokens = analyzer.tokens(text);
    int stop = 0;
    Set<String> stems = new LinkedHashSet<>();
    for (Token t : tokens) {
      if (t.stopWord()) {
        stop++;
      } else if (t.lower().chars().anyMatch(Character::isLetter)) {
        stems.add(t.stem());
      }
    }
    String[] words = text.strip().split("\\s+");
    int capitalized = 0;
    int lettered = 0;
    for (String w : words) {
      int first = firstLetterOrDigit(w);
      if (first >= 0) {
        lettered++;
        char c = w.charAt(first);
        if (Character.isUpperCase(c) || Character.isDigit(c)) {
          capitalized++;
        }
      }
    }
    return new BlockFeatures(
        tokens.size(),
        SentenceShape.endsLikeSentence(text),
        tokens.isEmpty() ? 0 : (double) stop / tokens.size(),
        lettered == 0 ? 0 : (double) capitalized / lettered,
        (int) text.chars().filter(c -> c == '|' || c == '\u00bb' || c == '\u203a' || c == '\u2022').count(),
        endsWithPhotoCredit(text),
        hasContactOrLink(words),
        text.indexOf('\u00a9') >= 0,
        readerPronounsOutsideQuotes(text),
        Set.copyOf(stems),
        text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
  }

  /**
   * Reads like prose: a sentence of at least three words that is not in title case, or a long
   * run of words with a normal share of function words (a sentence cut off by the scraper);
   * never a list of items separated by bars or arrows.
   */
  boolean prose() {
    boolean titleCase = capitalizedRatio > 0.75 && words < 15;
    return separators == 0 && (endsLikeSentence && words >= 3 && !titleCase || words >= 15 && stopWordRatio >= 0.2);
  }

  boolean hasLetters() {
    return key.chars().anyMatch(Character::isLetter);
  }

  private static int firstLetterOrDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetterOrDigit(w.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** "(SAUL LOEB/AFP/Getty Images)": a final parenthetical naming agencies, slash-separated. */
  static boolean endsWithPhotoCredit(String text) {
    String t = text.strip();
    int open = t.lastIndexOf('(');
    if (!t.endsWith(")") || open < 0) {
      return false;
    }
    String inside = t.substring(open + 1, t.length() - 1).strip();
    if (inside.indexOf('/') < 0) {
      return false;
    }
    for (String part : inside.split("[\\s/]+")) {
      int first = firstLetterOrDigit(part);
      if (first >= 0 && !Character.isUpperCase(part.charAt(first))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasContactOrLink(String[] words) {
    for (String w : words) {
      String lower = w.toLowerCase(Locale.ROOT);
      int at = lower.indexOf('@');
      if (at > 0 && lower.indexOf('.', at) > at + 1 || lower.contains("://") || lower.startsWith("www.")) {
        return true;
      }
    }
    return false;
  }

  /** Counts "you", "we", "our"... outside quotation marks; "US" in capitals is a country. */
  static int readerPronounsOutsideQuotes(String text) {
    int count = 0;
    boolean quoted = false;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\u201c' || c == '\u00ab') {
        quoted = true;
      } else if (c == '\u201d' || c == '\u00bb') {
        quoted = false;
      }
      if (!Character.isLetter(c)) {
        i++;
        continue;
      }
      int s = i;
      while (i < n && Character.isLetter(text.charAt(i))) {
        i++;
      }
      String word = text.substring(s, i);
      boolean allCaps = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
      if (!quoted && !allCaps && READER_PRONOUNS.contains(word.toLowerCase(Locale.ROOT))) {
        count++;
      }
    }
    return count;
  }
}
