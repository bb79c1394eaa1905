package org.newsum.internal.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes the dateline that wire and newspaper stories put before their first sentence
 * ("BERLIN (AP) _", "MADRID, February 17 (Xinhua) --", "HAMBURG —"), so that the sentence a
 * summary quotes starts where the story does. A prefix counts as a dateline only when it is a
 * short place (up to four words, optionally a region or date after a comma and a source in
 * parentheses) followed by a spaced dash, and it looks like one: its first word is in capitals,
 * or it names a source in parentheses, or it is at most three words followed by a capitalized
 * sentence. Stateless.
 *
 * <p>Any sentence may also open with what is not part of it: a list bullet ("-- ", "_ ", "• ")
 * before each item of a wire digest, or the source and dash of a dateline whose place the
 * splitter ended a sentence after ("LARAMIE, Wyo." then "(AP) -- Gay college student ...");
 * {@link #markerLength} measures those.
 */
public final class Dateline {
  private static final String WORD = "\\p{L}[\\p{L}.'\u2019-]*";
  private static final String SOURCE = "\\s*\\([^()\\n]{1,25}\\)";
  private static final Pattern DATELINE = Pattern.compile(
      "\\s*(" + WORD + "(?: " + WORD + "){0,3})(" + SOURCE + ")?(,[^,()\\n\u2014\u2013_]{1,30}?)?(" + SOURCE + ")?"
          + "\\s+(?:\u2014|\u2013|--|_|-)\\s+(?=\\S)");
  private static final int MAX_PLAIN_WORDS = 3;
  /** Sentence-opening bullets or dashes, optionally after a dateline's source: "-- ", "-- -- ", "(AP) _ ", "• ". */
  private static final Pattern MARKER = Pattern.compile(
      "\\s*(?:\\([^()\\n]{1,25}\\)\\s*)?(?:(?:\u2014|\u2013|--|_|-|\u2022|\u00b7|\\*)\\s+)+(?=\\S)");

  private Dateline() {}

  /**
   * The length of the dateline (with the dash and the spaces after it) at the start of
   * {@code sentence}, or 0 when it does not start with one.
   */
  public static int length(CharSequence sentence) {
    Matcher m = DATELINE.matcher(sentence);
    if (!m.lookingAt()) {
      return 0;
    }
    String[] place = m.group(1).split(" ");
    boolean capitals = isAllCapitals(place[0]);
    boolean source = m.group(2) != null || m.group(4) != null;
    boolean shortBeforeSentence = m.group(3) == null && place.length <= MAX_PLAIN_WORDS
        && Character.isUpperCase(place[0].charAt(0)) && m.end() < sentence.length()
        && Character.isUpperCase(sentence.charAt(m.end()));
    return capitals || source || shortBeforeSentence ? m.end() : 0;
  }

  /**
   * The length of the bullet or dash (with a dateline source before it, if any, and the spaces
   * after it) that opens {@code text} between {@code start} and {@code end}, or 0 when that
   * sentence opens with neither.
   */
  public static int markerLength(CharSequence text, int start, int end) {
    int i = start;
    while (i < end && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i == end || "(-_\u2014\u2013\u2022\u00b7*".indexOf(text.charAt(i)) < 0) {
      return 0; // the common case, without a matcher
    }
    Matcher m = MARKER.matcher(text).region(start, end);
    return m.lookingAt() ? m.end() - start : 0;
  }

  private static boolean isAllCapitals(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }
}
