package org.newsum.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsum.model.Budget;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * Turns text into {@link Token}s: words are maximal runs of letters and digits (an apostrophe
 * inside a word is kept, a possessive {@code 's} is dropped, hyphens split), lower-cased,
 * marked as stop words, and stemmed with Lucene's Snowball Porter stemmer. Chinese and
 * Japanese characters, written without spaces, are one token each (as ROUGE scores them).
 *
 * <p>Each distinct word is stemmed once per instance (news text repeats its words), with the
 * memo bounded by {@link #MAX_REMEMBERED_WORDS}. Not thread-safe (the stemmer and the memo keep
 * state): use one instance per thread or per cluster.
 */
public final class WordAnalyzer {
  /** Distinct words remembered before the memo starts over, bounding memory on huge inputs. */
  private static final int MAX_REMEMBERED_WORDS = 200_000;

  private final PorterStemmer stemmer = new PorterStemmer();
  private final Map<String, Token> known = new HashMap<>();

  /** The tokens of {@code text} in order. */
  public List<Token> tokens(CharSequence text) {
    List<Token> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      if (Budget.isCjkCharacter(text.charAt(i))) {
        String character = String.valueOf(text.charAt(i++));
        out.add(new Token(character, character, false));
        continue;
      }
      int s = i;
      while (i < n && !Budget.isCjkCharacter(text.charAt(i)) && (Character.isLetterOrDigit(text.charAt(i))
          || isApostrophe(text.charAt(i)) && i + 1 < n && Character.isLetter(text.charAt(i + 1)))) {
        i++;
      }
      String word = text.subSequence(s, i).toString().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
      if (word.endsWith("'s")) {
        word = word.substring(0, word.length() - 2);
      }
      if (!word.isEmpty()) {
        out.add(token(word));
      }
    }
    return out;
  }

  private Token token(String word) {
    Token token = known.get(word);
    if (token == null) {
      if (known.size() >= MAX_REMEMBERED_WORDS) {
        known.clear();
      }
      token = new Token(word, stem(word), StopWords.isEnglishStopWord(word));
      known.put(word, token);
    }
    return token;
  }

  /** The Porter stem of a lower-case word. */
  public String stem(String lowerCaseWord) {
    stemmer.setCurrent(lowerCaseWord);
    stemmer.stem();
    return stemmer.getCurrent();
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }
}
