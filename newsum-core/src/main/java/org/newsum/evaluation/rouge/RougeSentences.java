package org.newsum.evaluation.rouge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsum.evaluation.rouge.RougeOptions.Tokenize;

/**
 * Splits a summary given as one string into sentences exactly as rouge.py does, so that
 * ROUGE-L (and {@code -b}) see the same sentences: at newlines when the text has any, else with
 * rouge.py's regular-expression splitter (a boundary is {@code .!?} plus closing quotes, space,
 * then an optional opening quote and an upper-case letter or digit; abbreviations and single
 * initials are not boundaries). Summaries given as lists are kept sentence by sentence.
 */
public final class RougeSentences {
  /** How a string summary is split ({@code --split} of rouge.py). */
  public enum SplitMode {
    /** At newlines if the text contains any, otherwise {@link #REGEX}. */
    AUTO,
    NEWLINE,
    REGEX,
    /** The whole text is one sentence. */
    NONE
  }

  static final Set<String> ABBREVIATIONS = Set.of((
      "mr mrs ms dr prof sr jr st mt ft gen gov sen rep rev lt col sgt capt cmdr adm maj pres supt inc"
          + " corp co ltd bros vs etc no nos fig jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n"
          + " e.g i.e a.m p.m ala ariz ark calif colo conn fla kan ky md mass mich minn mont neb nev okla"
          + " ore tenn tex vt va wis wyo").split(" "));

  private RougeSentences() {}

  /** The non-empty sentences of a list, unchanged (like a ROUGE-1.5.5 SPL file). */
  public static List<String> ofList(List<String> sentences) {
    return sentences.stream().filter(s -> !s.isEmpty()).toList();
  }

  /** Splits a string summary as rouge.py does with {@code --split mode} (and its default tokenizer). */
  public static List<String> split(String text, SplitMode mode) {
    return split(text, mode, Tokenize.ROUGE155);
  }

  /**
   * Splits a string summary as rouge.py does with {@code --split mode --tokenize tokenize}: with
   * {@link Tokenize#UNICODE} the regular-expression splitter also ends sentences at 。！？ and
   * before an upper-case letter of any script.
   */
  public static List<String> split(String text, SplitMode mode, Tokenize tokenize) {
    if (mode == SplitMode.NEWLINE || (mode == SplitMode.AUTO && text.indexOf('\n') >= 0)) {
      return ofList(List.of(text.split("\n", -1)));
    }
    List<String> sentences = new ArrayList<>();
    if (mode == SplitMode.NONE) {
      sentences.add(text);
    } else if (tokenize == Tokenize.UNICODE) {
      sentences = RougeUnicode.sentences(text);
    } else {
      int start = 0;
      int from = 0;
      for (Boundary b = Boundary.find(text, from); b != null; b = Boundary.find(text, from)) {
        from = b.end;
        if (b.terminatorEnd - b.start == 1 && text.charAt(b.start) == '.' && b.closerEnd == b.terminatorEnd) {
          if (isAbbreviationOrInitial(lastWord(text, start, b.start + 1, "\"'(\u201c\u2018["))) {
            continue;
          }
        }
        sentences.add(text.substring(start, b.closerEnd));
        start = b.end;
      }
      sentences.add(text.substring(start));
    }
    List<String> out = new ArrayList<>(sentences.size());
    for (String s : sentences) {
      String stripped = pyStrip(s);
      if (!stripped.isEmpty()) {
        out.add(stripped);
      }
    }
    return out;
  }

  /**
   * A match of rouge.py's boundary expression
   * {@code ([.!?]+["'”’)\]]*)\s+(?=["'`“‘\[]*[A-Z0-9])}, found by one forward scan. Every part
   * of it is a maximal run of its own character class, so the expression matches at a run of
   * terminators exactly when it matches at the run's first character, and each run is examined
   * once: linear time, where the backtracking regular expression was quadratic on long runs of
   * dots. {@code start..terminatorEnd} are the terminators, {@code ..closerEnd} group 1 with its
   * closing quotes, {@code ..end} the whole match (with the white space).
   */
  private record Boundary(int start, int terminatorEnd, int closerEnd, int end) {
    /** The first boundary at or after {@code from}, or null. */
    static Boundary find(String text, int from) {
      int n = text.length();
      int i = from;
      while (i < n) {
        if (!isTerminator(text.charAt(i))) {
          i++;
          continue;
        }
        int start = i;
        while (i < n && isTerminator(text.charAt(i))) {
          i++;
        }
        int terminatorEnd = i;
        while (i < n && "\"'\u201d\u2019)]".indexOf(text.charAt(i)) >= 0) {
          i++;
        }
        int closerEnd = i;
        while (i < n && isPySpace(text.charAt(i))) {
          i++;
        }
        int end = i;
        while (i < n && "\"'`\u201c\u2018[".indexOf(text.charAt(i)) >= 0) {
          i++;
        }
        if (end > closerEnd && i < n && isAsciiUpperOrDigit(text.charAt(i))) {
          return new Boundary(start, terminatorEnd, closerEnd, end);
        }
        // No match starting inside this run; the next run of terminators starts after it.
        i = terminatorEnd;
      }
      return null;
    }

    private static boolean isTerminator(char c) {
      return c == '.' || c == '!' || c == '?';
    }

    private static boolean isAsciiUpperOrDigit(char c) {
      return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
  }

  /** Whether a dot after this {@link #lastWord} does not end a sentence: an abbreviation or a single letter. */
  static boolean isAbbreviationOrInitial(String last) {
    return ABBREVIATIONS.contains(last)
        || last.codePointCount(0, last.length()) == 1 && Character.isLetter(last.codePointAt(0));
  }

  /**
   * rouge.py's last word of {@code text[start:end]}: the last white-space word, lower-cased,
   * without trailing dots or leading {@code openers}. Scans back from {@code end} only.
   */
  static String lastWord(String text, int start, int end, String openers) {
    while (end > start && isPySpace(text.charAt(end - 1))) {
      end--;
    }
    int begin = end;
    while (begin > start && !isPySpace(text.charAt(begin - 1))) {
      begin--;
    }
    String last = text.substring(begin, end).toLowerCase(Locale.ROOT);
    int stop = last.length();
    while (stop > 0 && last.charAt(stop - 1) == '.') {
      stop--;
    }
    int from = 0;
    while (from < stop && openers.indexOf(last.charAt(from)) >= 0) {
      from++;
    }
    return last.substring(from, stop);
  }

  private static String pyStrip(String s) {
    int begin = 0;
    int end = s.length();
    while (begin < end && isPySpace(s.charAt(begin))) {
      begin++;
    }
    while (end > begin && isPySpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(begin, end);
  }

  /** Python's {@code str.isspace()} for one character. */
  static boolean isPySpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }
}
