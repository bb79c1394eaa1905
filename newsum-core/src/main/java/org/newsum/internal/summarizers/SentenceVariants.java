package org.newsum.internal.summarizers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsum.model.Span;
import org.newsum.model.SummarySentence;

/**
 * Shorter forms of an English sentence, for sentence compression as a choice of the solver
 * ({@link ConceptCoverageSummarizer}): the sentence with well-delimited parts cut that a reader
 * does not need to follow the main clause (as the update task's references state short facts):
 * <ul>
 *   <li>a parenthetical or bracketed aside: "Apple (AAPL) rose" → "Apple rose";
 *   <li>a leading time or place phrase before a comma: "On Monday, the court ruled" → "The court ruled";
 *   <li>a weekday phrase after a lower-case word: "officials said on Friday." → "officials said."
 *       (the attribution itself is kept: a claim stays a claim);
 *   <li>a non-restrictive clause or appositive between commas before a lower-case word: "Smith, who
 *       is 45, said" → "Smith said", "Smith, a spokesman for the firm, said" → "Smith said";
 *   <li>a trailing participial or relative clause: "…, saying the talks had failed." → "…."
 * </ul>
 * Each cut is a character range; a form is the sentence without a set of them, kept only when
 * it is still well formed: it starts with a letter (upper-cased when a leading phrase was cut),
 * ends with terminal punctuation, and its quotes and brackets balance. Stateless.
 */
final class SentenceVariants {
  private static final String WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
  private static final Pattern ASIDE = Pattern.compile("\\s+(?:\\([^()\\[\\]\"“”]{1,200}\\)|\\[[^()\\[\\]\"“”]{1,200}\\])");
  private static final Pattern LEADING = Pattern.compile(
      "^(?:On|In|At|During|Since|Earlier|Later|Last|Early|Late|Yesterday|Today|Tonight|Throughout|Over|Before|After"
          + "|Until|Within|Amid|Following|This|Next)\\b[^,;:\"“”()]{0,60},\\s+(?=[A-Za-z])");
  private static final Pattern WEEKDAY_PHRASE = Pattern.compile("(?<=\\b[a-z]{1,20})(?<!\\b(?:late|early|on|last|next|this|by|until|since|before|after|from))\\s+(?:(?:late|early)\\s+)?(?:on\\s+)?"
      + WEEKDAY + "(?:\\s+(?:night|morning|afternoon|evening))?(?=[\\s,.;:!?])(?![,\\s]+(?:\\d|[A-Z][a-z]{2,8}\\.?\\s+\\d))");
  private static final Pattern BETWEEN_COMMAS = Pattern.compile(
      "(?<=[A-Z][\\w.'’-]{0,30}),\\s+(?:(?:who|whose|which)\\s|(?:a|an|the)\\s)[^,;:()\"“”]{1,150},(?=\\s+[a-z])");
  private static final Pattern TRAILING = Pattern.compile(",\\s+(?:saying|adding|citing|noting|including|which|while"
      + "|prompting|leaving|making)\\b[^;:()\\[\\]]*?(?=[.!?]+[\"”’')\\]]*\\s*$)");
  private static final Pattern END = Pattern.compile("[.!?][\"”’')\\]]*\\s*$");
  private static final Pattern SEAM = Pattern.compile("[,;:]\\s*[.!?]|,\\s*,");

  /**
   * The kinds of cut, in the order the {@code compression} level lets them in: by how they
   * scored on the DUC 2007 update set (docs/benchmarks/update.md, "Fourth pass").
   */
  static final List<Pattern> CUTS = List.of(ASIDE, BETWEEN_COMMAS, LEADING, TRAILING, WEEKDAY_PHRASE);

  /**
   * For each kind of cut in {@link #CUTS}, characters one of which every match of it contains (an
   * opening bracket, a comma, the "y" of "day"): a sentence without any of them is not matched
   * at all, which most sentences show faster than the patterns can.
   */
  static final List<String> MARKS = List.of("([", ",", ",", ",", "y");

  /** Most cuts combined: their subsets are the forms. */
  private static final int MAX_CUTS = 4;

  /** Most forms of one sentence. */
  private static final int MAX_FORMS = 8;

  private SentenceVariants() {}

  /**
   * The shorter forms of {@code sentence} by the first {@code level} kinds of cut (at most
   * {@value #MAX_FORMS}), each as the parts it keeps (ranges of {@code sentence}, ascending): the
   * shortest form first, then each single cut, then the other combinations; none when nothing
   * can be cut.
   */
  static List<List<Span>> of(String sentence, int level) {
    if (level <= 0 || !mayBeCut(sentence, level) || !END.matcher(sentence).find()) {
      return List.of();
    }
    List<Span> cuts = cuts(sentence, level);
    if (cuts.isEmpty()) {
      return List.of();
    }
    Set<List<Span>> forms = new LinkedHashSet<>();
    int n = cuts.size();
    // All cuts first (the shortest form), then the single cuts, then the other combinations.
    List<Integer> masks = new ArrayList<>();
    masks.add((1 << n) - 1);
    for (int c = 0; c < n; c++) {
      masks.add(1 << c);
    }
    for (int mask = 1; mask < (1 << n) - 1; mask++) {
      if (Integer.bitCount(mask) > 1) {
        masks.add(mask);
      }
    }
    for (int mask : masks) {
      if (forms.size() >= MAX_FORMS) {
        break;
      }
      List<Span> kept = kept(sentence.length(), cuts, mask);
      if (!kept.isEmpty() && wellFormed(text(sentence, kept))) {
        forms.add(kept);
      }
    }
    return List.copyOf(forms);
  }

  /** The text of a form: the parts of {@code sentence} it keeps, joined, the first letter upper-cased. */
  static String text(String sentence, List<Span> kept) {
    return SummarySentence.keptText(sentence, 0, kept);
  }

  /**
   * The cuts of {@code sentence} by the first {@code level} kinds, disjoint and ascending, at most
   * {@link #MAX_CUTS} (the longest kept).
   */
  static List<Span> cuts(String sentence, int level) {
    List<Span> found = new ArrayList<>();
    for (Pattern p : CUTS.subList(0, Math.min(level, CUTS.size()))) {
      Matcher m = p.matcher(sentence);
      while (m.find()) {
        if (m.end() > m.start() && (m.start() > 0 || p == LEADING)) {
          found.add(new Span(m.start(), m.end()));
        }
      }
    }
    // Longest first, then drop those overlapping a longer one.
    found.sort((a, b) -> a.length() != b.length() ? Integer.compare(b.length(), a.length())
        : Integer.compare(a.start(), b.start()));
    List<Span> disjoint = new ArrayList<>();
    for (Span s : found) {
      if (disjoint.size() < MAX_CUTS && disjoint.stream().noneMatch(d -> d.start() < s.end() && s.start() < d.end())) {
        disjoint.add(s);
      }
    }
    disjoint.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return disjoint;
  }

  /** Whether {@code sentence} has a {@linkplain #MARKS mark} of one of the first {@code level} kinds of cut. */
  private static boolean mayBeCut(String sentence, int level) {
    for (String marks : MARKS.subList(0, Math.min(level, MARKS.size()))) {
      for (int k = 0; k < marks.length(); k++) {
        if (sentence.indexOf(marks.charAt(k)) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** The complement of the cuts selected by {@code mask} within {@code [0, length)}. */
  private static List<Span> kept(int length, List<Span> cuts, int mask) {
    List<Span> kept = new ArrayList<>();
    int from = 0;
    for (int c = 0; c < cuts.size(); c++) {
      if ((mask & (1 << c)) != 0) {
        if (cuts.get(c).start() > from) {
          kept.add(new Span(from, cuts.get(c).start()));
        }
        from = cuts.get(c).end();
      }
    }
    if (from < length) {
      kept.add(new Span(from, length));
    }
    return kept;
  }

  /**
   * Whether a shortened sentence reads as one: a letter first (after opening quotes), terminal
   * punctuation last, no seam of punctuation where a part was cut, balanced quotes and brackets.
   */
  static boolean wellFormed(String text) {
    int first = 0;
    while (first < text.length() && !Character.isLetterOrDigit(text.charAt(first))) {
      first++;
    }
    if (first == text.length() || !Character.isUpperCase(text.charAt(first)) && !Character.isDigit(text.charAt(first))
        || !END.matcher(text).find() || SEAM.matcher(text).find()) {
      return false;
    }
    return count(text, '"') % 2 == 0 && count(text, '“') == count(text, '”') && count(text, '(') == count(text, ')')
        && count(text, '[') == count(text, ']');
  }

  private static int count(String text, char c) {
    int n = 0;
    for (int k = 0; k < text.length(); k++) {
      if (text.charAt(k) == c) {
        n++;
      }
    }
    return n;
  }
}
