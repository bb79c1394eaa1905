package org.newsum.internal.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the day a news sentence speaks of ("on Friday", "yesterday", "today", "tomorrow")
 * against its document's publication date. A weekday is the latest such day on or before the
 * publication date, as a report tells what happened; with {@code future} true (a sentence of
 * expectation), the next such day on or after it. English.
 */
public final class RelativeDate {
  private static final Pattern DAY = Pattern.compile(
      "\\b(?:(monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(yesterday|today|tonight|tomorrow))\\b",
      Pattern.CASE_INSENSITIVE);

  private RelativeDate() {}

  /** The date of the first relative day mentioned in {@code sentence}, or null when there is none. */
  public static LocalDate resolve(String sentence, LocalDate published, boolean future) {
    Matcher m = DAY.matcher(sentence);
    if (published == null || !m.find()) {
      return null;
    }
    if (m.group(1) != null) {
      DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
      return published.with(future ? TemporalAdjusters.nextOrSame(day) : TemporalAdjusters.previousOrSame(day));
    }
    return switch (m.group(2).toLowerCase(Locale.ROOT)) {
      case "yesterday" -> published.minusDays(1);
      case "tomorrow" -> published.plusDays(1);
      default -> published;
    };
  }
}
