package org.newsum.internal.text;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The quotation marks newsum reads, one constant per style with its opening and closing mark: the
 * one place that says what counts as a quotation mark for {@link SentenceShape} and the summarizers.
 */
public enum QuotationMark {
  /** {@code ``…''}: the newswire's (DUC, Gigaword) ASCII quotes. */
  NEWSWIRE("``", "''"),
  /** {@code “…”}. */
  TYPOGRAPHIC("\u201c", "\u201d"),
  /** {@code "…"}: one mark opens and closes, so it cannot tell a quotation's start from its end. */
  STRAIGHT("\"", "\"");

  /** The styles whose opening and closing marks differ (all but {@link #STRAIGHT}). */
  public static final List<QuotationMark> DIRECTED =
      Arrays.stream(values()).filter(q -> !q.opening.equals(q.closing)).toList();

  /**
   * Every distinct mark, opening or closing, in the order of the styles. Kept once, not derived per
   * call: {@link SentenceShape#hasQuotation} reads it for every candidate sentence.
   */
  public static final List<String> MARKS =
      Arrays.stream(values()).flatMap(q -> Stream.of(q.opening, q.closing)).distinct().toList();

  private final String opening;
  private final String closing;

  QuotationMark(String opening, String closing) {
    this.opening = opening;
    this.closing = closing;
  }

  public String opening() {
    return opening;
  }

  public String closing() {
    return closing;
  }

  /**
   * A pattern matching a quotation opened and closed in one style, as short as it can be; the
   * quoted text is its one group that matched.
   */
  public static Pattern quotationPattern() {
    return Pattern.compile(Arrays.stream(values())
        .map(q -> Pattern.quote(q.opening) + "(.*?)" + Pattern.quote(q.closing))
        .collect(Collectors.joining("|")));
  }

  /** A pattern matching any one quotation mark, opening or closing. */
  public static Pattern markPattern() {
    return Pattern.compile(MARKS.stream().map(Pattern::quote).collect(Collectors.joining("|")));
  }
}
