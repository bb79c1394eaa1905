package org.newsum.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsum.model.Characters;
import org.newsum.model.Span;
import org.newsum.text.SentenceSplitter;

/**
 * A rule-based sentence splitter tuned for news text.
 *
 * <p>Blank lines always end a sentence. Single line breaks end a sentence too, unless the text
 * is hard-wrapped prose (most lines of similar, medium length), where they are plain spaces
 * except after a short line without final punctuation (a heading). This keeps headlines and
 * headings apart from the body, so they never become part of a summary sentence. Inside a line a
 * sentence ends at {@code . ! ?} or an ellipsis, after any closing quotes or brackets, when
 * white space and a plausible sentence opening follow. It does not end after titles ("Sen.",
 * "Gov.", "Dr."), month abbreviations before a number, single initials ("J. Smith"), or
 * dotted abbreviations ("U.S.", "a.m.", "D-N.H.") unless the next word is a capitalized
 * function word that typically opens a sentence ("The", "He", "But"). The full-width marks of
 * Chinese and Japanese ({@code 。！？}) end a sentence without needing a space after them.
 *
 * <p>No sentence is longer than {@link #MAX_SENTENCE_CHARS}: a longer run (a page without
 * punctuation, a table flattened to one line) is cut after the last clause punctuation
 * ({@code , ; :} or a dash) in the second half of the window, else at the last space, else
 * (text without spaces) at the limit; so summaries of such text still fit their budgets.
 */
public final class NewsSentenceSplitter implements SentenceSplitter {
  /** Longest sentence produced, in characters; longer runs are cut at clause or word boundaries. */
  public static final int MAX_SENTENCE_CHARS = 400;

  /** Lines of hard-wrapped text are at least this long, except a paragraph's last line. */
  private static final int WRAPPED_MIN_LENGTH = 40;

  /** Abbreviations after which a sentence never ends. */
  private static final Set<String> TITLES = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr",
      "adm", "maj", "pres", "rev", "hon", "fr", "sr", "st", "mt", "ft", "messrs", "mmes", "supt",
      "atty", "amb", "vs", "v", "cf", "e.g", "i.e", "approx", "dept", "univ", "assn", "bros",
      "no", "nos", "vol", "p", "pp", "fig", "figs", "art", "ch", "sec", "ave", "blvd", "rd");

  /**
   * Per language (ISO 639-1), further abbreviations after which a sentence never ends: titles, and
   * the first letters of abbreviations written with a space ("z. B.", "d. h.", "т. е.": the second
   * part is lower case or an initial, neither of which ends a sentence before it).
   */
  private static final Map<String, Set<String>> LANGUAGE_TITLES = Map.of(
      "de", Set.of("z", "d", "u", "s", "o", "v", "nr", "hr", "fr", "frl", "bzw", "ca", "vgl", "ggf", "evtl",
          "inkl", "sog", "str", "abs", "bd", "jh", "mio", "mrd", "tel", "usf"),
      "fr", Set.of("m", "mm", "mme", "mmes", "mlle", "mlles", "me", "pr", "st", "ste", "av", "bd", "env", "n",
          "chap", "cf", "hab", "tél"),
      "es", Set.of("sr", "sra", "sres", "sras", "srta", "d", "dña", "dra", "lic", "ing", "av", "avda", "núm",
          "pág", "ud", "uds", "vd", "vds", "ej", "aprox", "admón"),
      "it", Set.of("sig", "sigg", "sig.ra", "dott", "dott.ssa", "avv", "ing", "arch", "on", "geom", "pag", "ecc"),
      "pt", Set.of("sr", "sra", "srs", "dra", "eng", "av", "pág", "exmo", "exma", "v"),
      "nl", Set.of("dhr", "mevr", "mr", "ir", "ing", "drs", "bijv", "nr", "blz", "ca", "o.a", "m.b.t", "t.o.v"),
      "ru", Set.of("г", "гг", "т", "ул", "д", "им", "проф", "акад", "тов", "см", "рис", "стр", "с", "п", "н", "ок",
          "млн", "млрд", "тыс", "руб", "вв", "обл", "пр", "просп"));

  /** Month abbreviations: no boundary when a number follows ("Jan. 5"). */
  private static final Set<String> MONTHS = Set.of(
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  /** Abbreviations that may end a sentence; split only before a sentence-opening word. */
  private static final Set<String> AMBIGUOUS = Set.of(
      "inc", "corp", "co", "ltd", "jr", "llc", "plc", "etc", "bros", "a.m", "p.m", "u.s", "u.k",
      "u.n", "e.u", "d.c");

  /** Capitalized words that usually open a sentence: after an ambiguous period they split. */
  private static final Set<String> OPENERS = Set.of(
      "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "or", "so", "yet",
      "this", "that", "these", "those", "there", "then", "in", "on", "at", "for", "as", "if", "when",
      "while", "after", "before", "his", "her", "its", "their", "our", "my", "some", "many", "most",
      "both", "all", "no", "not", "however", "meanwhile", "still", "also", "according", "since",
      "although", "though", "because", "what", "who", "why", "how", "where", "one", "two");

  /** Whether a terminal glued to the next sentence ("Angeles.La couronne") ends a sentence. */
  private final boolean gluedBoundaries;
  /** The language's own {@link #LANGUAGE_TITLES} (empty for English). */
  private final Set<String> languageTitles;

  /** The splitter of English text (and of text whose language is not known). */
  public NewsSentenceSplitter() {
    this(false, Set.of());
  }

  private NewsSentenceSplitter(boolean gluedBoundaries, Set<String> languageTitles) {
    this.gluedBoundaries = gluedBoundaries;
    this.languageTitles = languageTitles;
  }

  /**
   * For a language other than English, a splitter that also ends a sentence at a terminal with
   * no space after it between a lower-case word and a capitalized one ("Hollande.Les anonymes"),
   * as scraped non-English news often has: in English text the same shape is more often a name
   * ("Agency.Com", "Worm.Explore.Zip"), so English keeps the rule off. The language's own
   * abbreviations ({@link #LANGUAGE_TITLES}: "Nr.", "M.", "Sra.", "г.") end no sentence, besides
   * the English ones.
   */
  @Override
  public SentenceSplitter forLanguage(String language) {
    boolean glued = language != null && !language.equals("en") && !language.equals("und");
    Set<String> titles = language == null ? Set.of() : LANGUAGE_TITLES.getOrDefault(language, Set.of());
    return glued == gluedBoundaries && titles.equals(languageTitles) ? this : new NewsSentenceSplitter(glued, titles);
  }

  @Override
  public List<Span> split(CharSequence text) {
    List<Span> out = new ArrayList<>();
    CharSearch terminals = new CharSearch(text, TERMINALS);
    boolean wrapped = isHardWrapped(text);
    int n = text.length();
    int lineStart = 0;
    int blockStart = 0;
    while (lineStart <= n) {
      int lineEnd = indexOfNewline(text, lineStart);
      boolean blankLine = isBlank(text, lineStart, lineEnd);
      if (blankLine || !wrapped || isHeadingLine(text, lineStart, lineEnd)) {
        // A blank line, any line break in text that is not hard-wrapped, or a heading line ends a block.
        int blockEnd = blankLine ? lineStart : lineEnd;
        splitBlock(text, blockStart, blockEnd, terminals, out);
        blockStart = Math.min(n, lineEnd + 1);
      }
      if (lineEnd >= n) {
        break;
      }
      lineStart = lineEnd + 1;
    }
    if (blockStart < n) {
      splitBlock(text, blockStart, n, terminals, out);
    }
    return out;
  }

  private static int indexOfNewline(CharSequence text, int from) {
    if (text instanceof String string) {
      int i = string.indexOf('\n', from); // vectorized, where the loop below reads char by char
      return i < 0 ? string.length() : i;
    }
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        return i;
      }
    }
    return text.length();
  }

  private static boolean isBlank(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * In hard-wrapped text, a line much shorter than the wrap width that does not end like a
   * sentence is a heading (or a dateline): it must not be glued to the next sentence.
   */
  private static boolean isHeadingLine(CharSequence text, int from, int to) {
    return strippedLength(text, from, to) < WRAPPED_MIN_LENGTH && !SentenceShape.endsLikeSentence(text.subSequence(from, to));
  }

  /**
   * The length of {@code text[from, to)} without white space at either end, as {@link String#strip}
   * gives it (no white space is a surrogate, so testing chars tests code points), without a copy.
   */
  private static int strippedLength(CharSequence text, int from, int to) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return to - from;
  }

  /**
   * True when most non-blank lines have a similar medium length, as in wire-service text. Text
   * without any sentence punctuation is never taken as wrapped: its lines are all the structure
   * there is.
   */
  public static boolean isHardWrapped(CharSequence text) {
    if (!SentenceShape.hasSentencePunctuation(text)) {
      return false;
    }
    int lines = 0;
    int wrappedLines = 0;
    int start = 0;
    int n = text.length();
    while (start < n) {
      int end = indexOfNewline(text, start);
      int len = end - start;
      if (!isBlank(text, start, end)) {
        lines++;
        if (len >= WRAPPED_MIN_LENGTH && len <= 100) {
          wrappedLines++;
        }
      }
      start = end + 1;
    }
    return lines >= 4 && wrappedLines >= 0.75 * lines;
  }

  private void splitBlock(CharSequence text, int from, int to, CharSearch terminals, List<Span> out) {
    int sentenceStart = from;
    int i = from;
    while ((i = terminals.next(i, to)) < to) {
      char c = text.charAt(i);
      if (Characters.isFullWidthTerminal(c)) {
        int end = i + 1;
        while (end < to && (Characters.isFullWidthTerminal(text.charAt(end)) || Characters.isCloser(text.charAt(end)))) {
          end++;
        }
        addSentence(text, sentenceStart, end, out);
        sentenceStart = end;
        i = end;
      } else if (Characters.isHalfWidthTerminal(c)) {
        int punctEnd = i + 1;
        while (punctEnd < to && Characters.isHalfWidthTerminal(text.charAt(punctEnd))) {
          punctEnd++;
        }
        int closeEnd = punctEnd;
        while (closeEnd < to && Characters.isCloser(text.charAt(closeEnd))) {
          closeEnd++;
        }
        int next = closeEnd;
        while (next < to && Character.isWhitespace(text.charAt(next))) {
          next++;
        }
        if (next > closeEnd && next < to && isBoundary(text, from, i, punctEnd, next, to)
            || gluedBoundaries && next == closeEnd && isGluedBoundary(text, from, i, closeEnd, to)) {
          addSentence(text, sentenceStart, closeEnd, out);
          sentenceStart = next;
        }
        i = Math.max(closeEnd, i + 1);
      }
    }
    addSentence(text, sentenceStart, to, out);
  }

  /** Every character {@link Characters#isTerminal} accepts, half-width then full-width: what {@link CharSearch} looks for. */
  static final char[] TERMINALS = {'.', '!', '?', '\u2026', '\u061f', '\u06d4', '\u0964', '\u0965', '\u3002', '\uff01', '\uff1f'};

  /** Decides whether the punctuation at {@code punct} (ending at punctEnd) ends a sentence. */
  private boolean isBoundary(CharSequence text, int blockStart, int punct, int punctEnd, int next, int to) {
    char opening = text.charAt(next);
    if (!canOpenSentence(opening)) {
      return false;
    }
    char mark = text.charAt(punct);
    boolean singlePeriod = mark == '.' && punctEnd == punct + 1;
    if (!singlePeriod) {
      return true; // "!", "?", "...", "?!"
    }
    String word = wordBefore(text, blockStart, punct);
    if (word.isEmpty()) {
      return true;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    String nextWord = wordAt(text, next, to);
    if (TITLES.contains(lower) || languageTitles.contains(lower)) {
      return false;
    }
    if (MONTHS.contains(lower)) {
      return !Character.isDigit(opening);
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return false; // an initial: "J. Smith", "George W. Bush"
    }
    boolean dotted = word.indexOf('.') > 0; // U.S, a.m, D-N.H
    if (AMBIGUOUS.contains(lower) || dotted) {
      return OPENERS.contains(nextWord.toLowerCase(Locale.ROOT));
    }
    return true;
  }

  /** A terminal between two lower-case letters and a capital followed by a lower-case letter, no space. */
  private static boolean isGluedBoundary(CharSequence text, int from, int punct, int next, int to) {
    return punct - from >= 2 && Character.isLowerCase(text.charAt(punct - 1)) && Character.isLowerCase(text.charAt(punct - 2))
        && next + 1 < to && Character.isUpperCase(text.charAt(next)) && Character.isLowerCase(text.charAt(next + 1));
  }

  private static boolean canOpenSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201c'
        || c == '\'' || c == '\u2018' || c == '(' || c == '[' || c == '\u00ab' || c == '-'
        || c == '\u2014' || c == '`' || Character.isLetter(c) && !Character.isLowerCase(c);
  }

  /** The token (letters, digits, dots, hyphens) immediately before {@code punct}. */
  private static String wordBefore(CharSequence text, int from, int punct) {
    int s = punct;
    while (s > from) {
      char c = text.charAt(s - 1);
      if (Character.isLetterOrDigit(c) || c == '.' || c == '-') {
        s--;
      } else {
        break;
      }
    }
    // "D-N.H" keeps the part after a hyphen only when it is dotted
    String w = text.subSequence(s, punct).toString();
    int hyphen = w.lastIndexOf('-');
    if (hyphen >= 0 && hyphen < w.length() - 1) {
      String tail = w.substring(hyphen + 1);
      if (tail.indexOf('.') < 0) {
        w = tail;
      }
    }
    while (w.startsWith(".")) {
      w = w.substring(1);
    }
    return w;
  }

  private static String wordAt(CharSequence text, int from, int to) {
    int s = from;
    while (s < to && !Character.isLetterOrDigit(text.charAt(s))) {
      s++;
    }
    int e = s;
    while (e < to && Character.isLetterOrDigit(text.charAt(e))) {
      e++;
    }
    return text.subSequence(s, e).toString();
  }

  /** Adds the trimmed run {@code [from, to)}, cut into pieces of at most {@link #MAX_SENTENCE_CHARS}. */
  private static void addSentence(CharSequence text, int from, int to, List<Span> out) {
    int s = skipSpace(text, from, to);
    while (to - s > MAX_SENTENCE_CHARS) {
      int cut = cutPoint(text, s, s + MAX_SENTENCE_CHARS);
      Span.addTrimmed(text, s, cut, out);
      s = skipSpace(text, cut, to);
    }
    Span.addTrimmed(text, s, to, out);
  }

  private static int skipSpace(CharSequence text, int from, int to) {
    int s = from;
    while (s < to && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    return s;
  }

  /**
   * Where to cut an over-long run that starts at {@code from}, at most at {@code limit}: after
   * the last clause punctuation in the window's second half, else at its last white space, else
   * at the limit (never inside a surrogate pair).
   */
  private static int cutPoint(CharSequence text, int from, int limit) {
    int half = from + (limit - from) / 2;
    for (int i = limit - 1; i > half; i--) {
      if (Characters.isClausePunctuation(text.charAt(i - 1))
          && (Character.isWhitespace(text.charAt(i)) || Characters.isFullWidth(text.charAt(i - 1)))) {
        return i;
      }
    }
    for (int i = limit; i > half; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
  }
}
