package org.newsum.evaluation.rouge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * rouge.py's {@code --tokenize unicode}, which ROUGE-1.5.5 lacks (it deletes every byte outside
 * {@code [A-Za-z0-9-]}, so it scores French "été" as "t" and Chinese as nothing): tokens are
 * maximal runs of Unicode letters and digits (Python's {@code str.isalnum}, combining marks kept
 * in the token) after case folding and NFC; each CJK ideograph, kana or hangul syllable is a
 * token of its own. Its sentence splitter also ends sentences at 。！？ and before an upper-case
 * letter of any script. Python's semantics are reproduced character class by character class
 * ({@code isalnum}, {@code isupper}, {@code isdigit}, {@code casefold}, {@code \s}).
 */
final class RougeUnicode {
  private RougeUnicode() {}

  /**
   * Code points that are a token each (rouge.py's {@code _CJK_RANGES}): CJK ideographs with the
   * iteration marks and ideographic numerals, kana, hangul syllables; pairs of inclusive bounds.
   */
  private static final int[] CJK_RANGES = {
    0x3005, 0x3007, 0x3021, 0x3029, 0x3038, 0x303B, 0x3040, 0x30FF, 0x31F0, 0x31FF, 0x3400, 0x4DBF,
    0x4E00, 0x9FFF, 0xAC00, 0xD7A3, 0xF900, 0xFAFF, 0xFF66, 0xFF9F, 0x1B000, 0x1B16F, 0x20000, 0x323AF
  };

  private static final String PY_SPACE = "[\\s\\x1c-\\x1f]";
  /**
   * rouge.py's {@code _UBOUNDARY} without its look-ahead (which {@link #wordStart} checks): group
   * 1 a half-width terminal run with its closers, followed by white space; group 2 a CJK full stop
   * run with its closers and any white space.
   */
  private static final Pattern BOUNDARY = Pattern.compile(
      "([.!?\u2026]+[\"'\u201d\u2019\u00bb\u203a)\\]]*)" + PY_SPACE + "+"
          + "|([\u3002\uff01\uff1f\uff61]+[\"'\u201d\u2019\u300d\u300f\uff09\uff02\uff07)\\]]*)" + PY_SPACE + "*",
      Pattern.UNICODE_CHARACTER_CLASS);

  /** The tokens of {@code text}, in order. */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    if (isAscii(text)) {
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (!isAsciiAlnum(c)) {
          i++;
          continue;
        }
        int start = i;
        while (i < text.length() && isAsciiAlnum(text.charAt(i))) {
          i++;
        }
        out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
      }
      return out;
    }
    String folded = Normalizer.normalize(caseFold(text), Normalizer.Form.NFC);
    StringBuilder run = new StringBuilder();
    boolean single = false; // the last token is a CJK letter right before here
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (isAlnum(cp)) {
        if (isCjk(cp)) {
          flush(run, out);
          out.add(new String(Character.toChars(cp)));
          single = true;
        } else {
          run.appendCodePoint(cp);
          single = false;
        }
      } else if (isMark(cp)) {
        if (run.length() > 0) {
          run.appendCodePoint(cp);
        } else if (single) {
          out.set(out.size() - 1, out.get(out.size() - 1) + new String(Character.toChars(cp)));
        }
      } else {
        flush(run, out);
        single = false;
      }
    }
    flush(run, out);
    return out;
  }

  private static void flush(StringBuilder run, List<String> out) {
    if (run.length() > 0) {
      out.add(run.toString());
      run.setLength(0);
    }
  }

  /**
   * Splits one string into sentences as rouge.py's {@code _split_unicode} does: at {@code .!?…}
   * (with closers) before white space, optional opening quotes and an upper-case letter or digit,
   * unless the terminal is a single dot after an abbreviation or an initial; and after any run of
   * 。！？ unless it ends the text. The pieces are not stripped.
   */
  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    Matcher m = BOUNDARY.matcher(text);
    while (m.find()) {
      if (m.group(2) != null) {
        if (m.end() < text.length()) {
          out.add(text.substring(start, m.end(2)));
          start = m.end();
        }
        continue;
      }
      int next = wordStart(text, m.end());
      if (next < 0) {
        continue;
      }
      int c = text.codePointAt(next);
      if (!(Character.isUpperCase(c) || isPyDigit(c))) {
        continue;
      }
      if (m.group(1).equals(".") && RougeSentences.isAbbreviationOrInitial(
          RougeSentences.lastWord(text, start, m.start(1) + 1, "\"'(\u201c\u2018[\u00ab\u201e"))) {
        continue;
      }
      out.add(text.substring(start, m.end(1)));
      start = m.end();
    }
    out.add(text.substring(start));
    return out;
  }

  /**
   * Where the word after a boundary starts: past opening quotes (and «, ‹ with the spaces after
   * them), the offset of a Python {@code \w} character, or -1 when none follows.
   */
  private static int wordStart(String text, int from) {
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if ("\"'`\u201c\u2018\u201e[".indexOf(c) >= 0) {
        i++;
      } else if (c == '\u00ab' || c == '\u2039') {
        i++;
        while (i < text.length() && RougeSentences.isPySpace(text.charAt(i))) {
          i++;
        }
      } else {
        int cp = text.codePointAt(i);
        return isAlnum(cp) || cp == '_' ? i : -1;
      }
    }
    return -1;
  }

  /**
   * Python's {@code str.casefold()}: full case folding. Java has only lower-casing, so each code
   * point is upper-cased then lower-cased on its own (ß → ss, ς → σ, ſ → s, ligatures split),
   * except the dotless ı, which folding keeps, and Cherokee, which folds to upper case.
   */
  static String caseFold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        out.append((char) (cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp));
      } else if (cp == 0x1E9E) {
        out.append("ss"); // capital sharp s, which upper-cases to itself
      } else if (cp == 0x0131 || Character.isIdeographic(cp) || !isCased(cp)) {
        out.appendCodePoint(cp);
      } else if (Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.CHEROKEE
          || Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.CHEROKEE_SUPPLEMENT) {
        out.appendCodePoint(Character.toUpperCase(cp)); // Cherokee folds to its upper case
      } else {
        String one = new String(Character.toChars(cp));
        out.append(one.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
      }
    }
    return out.toString();
  }

  /** Whether case folding may change the code point: a letter, a mark (ypogegrammeni), a letter-like number or symbol (Ⅻ, Ⓐ). */
  private static boolean isCased(int cp) {
    int type = Character.getType(cp);
    return Character.isLetter(cp) || type == Character.NON_SPACING_MARK || type == Character.LETTER_NUMBER
        || type == Character.OTHER_SYMBOL;
  }

  /** Python's {@code str.isalnum()} for one code point: a letter or any number (decimal, letter-like, other). */
  static boolean isAlnum(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  /**
   * Python's {@code str.isdigit()} for one code point: a decimal digit, or another number whose
   * compatibility form holds one digit and no fraction slash (², ①, ⒈; a few dozen digits of rare
   * scripts, Ethiopic or dingbats, are missed).
   */
  private static boolean isPyDigit(int cp) {
    if (Character.isDigit(cp)) {
      return true;
    }
    if (Character.getType(cp) != Character.OTHER_NUMBER) {
      return false;
    }
    String compatible = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
    return compatible.indexOf('\u2044') < 0 && compatible.chars().filter(c -> c >= '0' && c <= '9').count() == 1;
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  static boolean isCjk(int cp) {
    if (cp < 0x3005) {
      return false;
    }
    for (int k = 0; k < CJK_RANGES.length; k += 2) {
      if (cp <= CJK_RANGES[k + 1]) {
        return cp >= CJK_RANGES[k];
      }
    }
    return false;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiAlnum(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }
}
