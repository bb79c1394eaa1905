package org.newsum.internal.evaluation.rouge;

import java.util.Arrays;

/**
 * The Porter (1980) stemmer as ROUGE-1.5.5 ships it, so that {@code -m} scores match the
 * official scorer. Written from the published algorithm plus ROUGE-1.5.5's three departures:
 *
 * <ul>
 *   <li>step 2 maps {@code bli}→{@code ble} (the paper: {@code abli}→{@code able}) and adds
 *       {@code logi}→{@code log};
 *   <li>step 1b's double-consonant test treats {@code l, s, z} (and vowels, {@code y}) as not
 *       doubled, and the {@code *o} test asks for a whole word of the form C v c;
 *   <li>step 4 (C.-Y. Lin's 2004 change) tries the suffix list (with {@code ement} but without
 *       {@code ment}/{@code ent}), then {@code ment}, then {@code ent} or {@code (s|t)ion}, one
 *       after the other on the current word.
 * </ul>
 *
 * <p>Input is a lower-case ASCII token; stateless and thread-safe.
 */
public final class RougePorterStemmer {
  private static final String[][] STEP2 = sortedLongestFirst(new String[][] {
      {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
      {"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"},
      {"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"},
      {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"},
      {"logi", "log"}});
  private static final String[][] STEP3 = sortedLongestFirst(new String[][] {
      {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""},
      {"ness", ""}});
  private static final String[][] STEP4 = sortedLongestFirst(new String[][] {
      {"al", ""}, {"ance", ""}, {"ence", ""}, {"er", ""}, {"ic", ""}, {"able", ""}, {"ible", ""},
      {"ant", ""}, {"ement", ""}, {"ou", ""}, {"ism", ""}, {"ate", ""}, {"iti", ""}, {"ous", ""},
      {"ive", ""}, {"ize", ""}});

  private RougePorterStemmer() {}

  /** The stem of a lower-case word; words shorter than 3 characters are returned unchanged. */
  public static String stem(String word) {
    if (word.length() < 3) {
      return word;
    }
    boolean initialY = word.charAt(0) == 'y';
    StringBuilder w = new StringBuilder(word);
    if (initialY) {
      w.setCharAt(0, 'Y'); // an initial y is a consonant; restored at the end
    }
    step1ab(w);
    if (endsWith(w, "y") && hasVowel(w, w.length() - 1)) {
      w.setCharAt(w.length() - 1, 'i');
    }
    replaceFirstMatch(w, STEP2, 0);
    replaceFirstMatch(w, STEP3, 0);
    step4(w);
    step5(w);
    if (initialY) {
      w.setCharAt(0, 'y');
    }
    return w.toString();
  }

  private static void step1ab(StringBuilder w) {
    if (endsWith(w, "sses") || endsWith(w, "ies")) {
      w.setLength(w.length() - 2);
    } else if (endsWith(w, "s") && w.length() >= 2 && w.charAt(w.length() - 2) != 's') {
      w.setLength(w.length() - 1);
    }
    if (endsWith(w, "eed")) {
      if (measure(w, w.length() - 3) > 0) {
        w.setLength(w.length() - 1);
      }
      return;
    }
    int suffix = endsWith(w, "ed") ? 2 : endsWith(w, "ing") ? 3 : 0;
    if (suffix == 0 || !hasVowel(w, w.length() - suffix)) {
      return;
    }
    w.setLength(w.length() - suffix);
    if (endsWith(w, "at") || endsWith(w, "bl") || endsWith(w, "iz")) {
      w.append('e');
    } else if (endsWithDoubleConsonant(w)) {
      w.setLength(w.length() - 1);
    } else if (isCvcWord(w, w.length())) {
      w.append('e');
    }
  }

  private static void step4(StringBuilder w) {
    replaceFirstMatch(w, STEP4, 1);
    if (endsWith(w, "ment") && measure(w, w.length() - 4) > 1) {
      w.setLength(w.length() - 4);
    }
    if (endsWith(w, "ent")) {
      if (measure(w, w.length() - 3) > 1) {
        w.setLength(w.length() - 3);
      }
    } else if ((endsWith(w, "sion") || endsWith(w, "tion")) && measure(w, w.length() - 3) > 1) {
      w.setLength(w.length() - 3);
    }
  }

  private static void step5(StringBuilder w) {
    if (endsWith(w, "e")) {
      int stemLength = w.length() - 1;
      int m = measure(w, stemLength);
      if (m > 1 || (m == 1 && !isCvcWord(w, stemLength))) {
        w.setLength(stemLength);
      }
    }
    if (endsWith(w, "ll") && measure(w, w.length()) > 1) {
      w.setLength(w.length() - 1);
    }
  }

  /** Replaces the longest matching suffix if the measure of what precedes it exceeds {@code minMeasure}. */
  private static void replaceFirstMatch(StringBuilder w, String[][] rules, int minMeasure) {
    for (String[] rule : rules) {
      if (endsWith(w, rule[0])) {
        int stemLength = w.length() - rule[0].length();
        if (measure(w, stemLength) > minMeasure) {
          w.setLength(stemLength);
          w.append(rule[1]);
        }
        return;
      }
    }
  }

  private static boolean isConsonant(CharSequence w, int i) {
    char c = w.charAt(i);
    return switch (c) {
      case 'a', 'e', 'i', 'o', 'u' -> false;
      case 'y' -> i == 0 || !isConsonant(w, i - 1);
      default -> true;
    };
  }

  /** m in [C](VC)^m[V] of the first {@code length} characters. */
  private static int measure(CharSequence w, int length) {
    int i = 0;
    while (i < length && isConsonant(w, i)) {
      i++;
    }
    int m = 0;
    while (i < length) {
      while (i < length && !isConsonant(w, i)) {
        i++;
      }
      if (i >= length) {
        break;
      }
      while (i < length && isConsonant(w, i)) {
        i++;
      }
      m++;
    }
    return m;
  }

  private static boolean hasVowel(CharSequence w, int length) {
    for (int i = 0; i < length; i++) {
      if (!isConsonant(w, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithDoubleConsonant(CharSequence w) {
    int n = w.length();
    return n >= 2 && w.charAt(n - 1) == w.charAt(n - 2) && "aeiouylsz".indexOf(w.charAt(n - 1)) < 0;
  }

  /** The first {@code n} characters are consonants, one vowel, then a consonant other than w, x, y. */
  private static boolean isCvcWord(CharSequence w, int n) {
    if (n < 3 || "aeiouwxy".indexOf(w.charAt(n - 1)) >= 0 || !isConsonant(w, n - 1) || isConsonant(w, n - 2)) {
      return false;
    }
    for (int i = 0; i < n - 2; i++) {
      if (!isConsonant(w, i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsWith(CharSequence w, String suffix) {
    int offset = w.length() - suffix.length();
    if (offset < 0) {
      return false;
    }
    for (int i = 0; i < suffix.length(); i++) {
      if (w.charAt(offset + i) != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static String[][] sortedLongestFirst(String[][] rules) {
    String[][] copy = rules.clone();
    Arrays.sort(copy, (a, b) -> b[0].length() - a[0].length()); // stable: ties keep list order
    return copy;
  }
}
