package org.newsum.cleaning;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsum.text.SentenceShape;
import org.newsum.text.Span;
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

  /**
   * @param startsInQuotation the block begins inside a quotation opened earlier in the
   *     document (its first/second-person words are a speaker's, not the site's)
   */
  static BlockFeatures of(String text, WordAnalyzer analyzer, boolean startsInQuotation) {
    List<Token> tokens = analyzer.tokens(text);
    int stop = 0;
    Set<String> stems = new HashSet<>();
    for (Token t : tokens) {
      if (t.stopWord()) {
        stop++;
      } else if (hasLetter(t.lower())) {
        stems.add(t.stem());
      }
    }
    // One pass over the whitespace-separated words: capitalization, links, separators, key.
    StringBuilder key = new StringBuilder(text.length());
    int capitalized = 0;
    int lettered = 0;
    int separators = 0;
    boolean contactOrLink = false;
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(text.charAt(i))) {
        char c = text.charAt(i);
        if (c == '|' || c == '\u00bb' || c == '\u203a' || c == '\u2022') {
          separators++;
        }
        i++;
      }
      if (i == start) {
        break;
      }
      String word = text.substring(start, i);
      int first = firstLetterOrDigit(word);
      if (first >= 0) {
        lettered++;
        char c = word.charAt(first);
        if (Character.isUpperCase(c) || Character.isDigit(c)) {
          capitalized++;
        }
      }
      contactOrLink |= isContactOrLink(word);
      if (key.length() > 0) {
        key.append(' ');
      }
      key.append(word.toLowerCase(Locale.ROOT));
    }
    return new BlockFeatures(
        tokens.size(),
        SentenceShape.endsLikeSentence(text),
        tokens.isEmpty() ? 0 : (double) stop / tokens.size(),
        lettered == 0 ? 0 : (double) capitalized / lettered,
        separators,
        endsWithPhotoCredit(text),
        contactOrLink,
        text.indexOf('\u00a9') >= 0,
        startsInQuotation ? 0 : readerPronounsOutsideQuotes(text),
        Set.copyOf(stems),
        key.toString());
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
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

  private static boolean isContactOrLink(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    int at = lower.indexOf('@');
    return at > 0 && lower.indexOf('.', at) > at + 1 || lower.contains("://") || lower.startsWith("www.");
  }


  /**
   * Counts "you", "we", "our"... outside quotation marks ("US" in capitals is a country). A
   * block with unbalanced quotation marks is part of a quotation that spans blocks, where the
   * speaker is not the site: it counts nothing.
   */
  /**
   * For each span, whether it begins inside a quotation: tracks quotation marks (straight,
   * curly, guillemets, and the {@code `` ''} of newswire text) through the document.
   */
  static boolean[] startsInQuotation(String text, List<Span> spans) {
    boolean[] out = new boolean[spans.size()];
    boolean open = false;
    int pos = 0;
    for (int k = 0; k < spans.size(); k++) {
      int start = spans.get(k).start();
      for (; pos < start; pos++) {
        open = quoteStateAfter(text, pos, open);
      }
      out[k] = open;
    }
    return out;
  }

  private static boolean quoteStateAfter(String text, int i, boolean open) {
    char c = text.charAt(i);
    boolean doubled = i + 1 < text.length() && text.charAt(i + 1) == c;
    if (c == '"') {
      return !open;
    }
    if (c == '\u201c' || c == '\u00ab' || c == '`' && doubled) {
      return true;
    }
    if (c == '\u201d' || c == '\u00bb' || c == '\'' && doubled) {
      return false;
    }
    return open;
  }

  static int readerPronounsOutsideQuotes(String text) {
    String t = text.replace("``", "\u201c").replace("''", "\u201d");
    long straight = t.chars().filter(c -> c == '"').count();
    long opens = t.chars().filter(c -> c == '\u201c' || c == '\u00ab').count();
    long closes = t.chars().filter(c -> c == '\u201d' || c == '\u00bb').count();
    if (straight % 2 == 1 || opens != closes) {
      return 0;
    }
    int count = 0;
    boolean quoted = false;
    int i = 0;
    int n = t.length();
    while (i < n) {
      char c = t.charAt(i);
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
      while (i < n && Character.isLetter(t.charAt(i))) {
        i++;
      }
      String word = t.substring(s, i);
      boolean allCaps = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
      if (!quoted && !allCaps && READER_PRONOUNS.contains(word.toLowerCase(Locale.ROOT))) {
        count++;
      }
    }
    return count;
  }
}
