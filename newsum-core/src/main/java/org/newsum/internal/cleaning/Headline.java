package org.newsum.internal.cleaning;

import java.util.regex.Pattern;
import org.newsum.cleaning.BlockLabel;
import org.newsum.cleaning.LabeledBlock;
import org.newsum.cleaning.PageLayout;

/**
 * Works out a document's title from how the furniture classifier labelled its blocks: the first
 * heading above the article's first paragraph (breadcrumbs, menus and datelines before it are
 * furniture, so they are passed over), without a "| Site | Section" suffix. A page whose prose
 * starts with no heading above it is titled by its first sentence, shortened. Stateless.
 */
public final class Headline {
  /** Titles are cut (at a word) to at most this many characters, with an ellipsis. */
  static final int MAX_LENGTH = 120;
  /** A date or time line: "Jul 7, 2017 | 21:47 GMT", "12.03.2024", "5 mins read", "Updated 10:45". */
  private static final Pattern DATE_LINE = Pattern.compile(
      "(?iu)(?:(?:updated|published|posted|on|at|gmt|utc|cet|cest|[ap]\\.?m\\.?|mins?|minutes?|read|\\d{1,4}(?:st|nd|rd|th)?"
          + "|\\d{1,2}:\\d{2}(?::\\d{2})?|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}"
          + "|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)\\.?"
          + "|january|february|march|april|may|june|july|august|september|october|november|december"
          + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\\p{L}\\d])[\\s,|·•/-]*)+");
  private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…](?=[\\s\"'\u201d\u2019)]|$)");

  private Headline() {}

  /** The title of a page laid out as {@code layout}, or empty when it has no heading and no prose. */
  public static String of(PageLayout layout) {
    for (LabeledBlock block : layout.blocks()) {
      if (block.label() == BlockLabel.BODY) {
        return shorten(firstSentence(block.text().strip()));
      }
      if (block.label() == BlockLabel.HEADING) {
        String title = withoutSiteSuffix(block.text().strip());
        if (!title.isEmpty() && !isDateLine(title)) {
          return shorten(title);
        }
      }
    }
    return "";
  }

  /** "Talks end | World | Site | 05.07.2017" is "Talks end"; a title without bars is kept whole. */
  static String withoutSiteSuffix(String line) {
    int bar = line.indexOf('|');
    return bar < 0 ? line : line.substring(0, bar).strip();
  }

  /** Whether the line is only a date, a time, a reading time or a mix of them. */
  static boolean isDateLine(String line) {
    return HAS_DIGIT.matcher(line).find() && DATE_LINE.matcher(line).matches();
  }

  private static String firstSentence(String text) {
    var end = SENTENCE_END.matcher(text);
    return end.find() ? text.substring(0, end.end()) : text;
  }

  private static String shorten(String title) {
    String oneLine = title.replaceAll("\\s+", " ");
    if (oneLine.length() <= MAX_LENGTH) {
      return oneLine;
    }
    int cut = oneLine.lastIndexOf(' ', MAX_LENGTH - 1);
    return oneLine.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH - 1) + "\u2026";
  }
}
