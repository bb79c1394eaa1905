package org.newsum.internal.documents;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date leniently where scraped text and addresses show one: a dateline near
 * the top of the text ("Jul 7, 2017 | 21:47 GMT", "7 July 2017", "05.07.2017" in a title line,
 * "2017-07-05") or a dated path in the address ({@code /2017/07/05/}). Numeric day-first dates
 * ({@code dd.mm.yyyy}) are read the European way, as sites that write them with dots do. Dates
 * that do not exist (31.02.2017) are no dates.
 */
public final class ScrapedDate {
  /** How far into a text a dateline is looked for: the title and byline lines, not the story. */
  static final int HEAD_CHARACTERS = 400;
  private static final Map<String, Integer> MONTHS = months();
  private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + " (\\d{1,2}),? (\\d{4})\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2}) " + MONTH + ",? (\\d{4})\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DOTTED = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern URL_PATH = Pattern.compile("/(\\d{4})/(\\d{1,2})/(\\d{1,2})(?:/|$)");
  /** The written forms of a date, in order of preference where two start at the same place. */
  private static final List<Form> FORMS = List.of(
      new Form(MONTH_DAY_YEAR, m -> date(m.group(3), MONTHS.get(m.group(1).toLowerCase(Locale.ROOT)), m.group(2))),
      new Form(DAY_MONTH_YEAR, m -> date(m.group(3), MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)), m.group(1))),
      new Form(DOTTED, m -> date(m.group(3), Integer.parseInt(m.group(2)), m.group(1))),
      new Form(ISO, m -> date(m.group(1), Integer.parseInt(m.group(2)), m.group(3))));

  /** A written form of a date and how its match reads as one (null: no such day). */
  private record Form(Pattern pattern, Function<Matcher, LocalDate> read) {}

  private ScrapedDate() {}

  /** The first date written in the first {@link #HEAD_CHARACTERS} characters of {@code text}, or null. */
  public static LocalDate fromText(String text) {
    String head = text.substring(0, Math.min(text.length(), HEAD_CHARACTERS));
    LocalDate best = null;
    int bestAt = Integer.MAX_VALUE;
    for (Form form : FORMS) {
      Matcher m = form.pattern().matcher(head);
      if (m.find() && m.start() < bestAt) {
        LocalDate d = form.read().apply(m);
        if (d != null) {
          best = d;
          bestAt = m.start();
        }
      }
    }
    return best;
  }

  /** The date of a {@code /yyyy/mm/dd/} path in {@code address}, or null. */
  public static LocalDate fromAddress(String address) {
    Matcher m = URL_PATH.matcher(address);
    return m.find() ? date(m.group(1), Integer.parseInt(m.group(2)), m.group(3)) : null;
  }

  private static LocalDate date(String year, Integer month, String day) {
    try {
      return month == null ? null : LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Map<String, Integer> months() {
    String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      map.put(names[i], i + 1);
    }
    map.put("sept", 9);
    return Map.copyOf(map);
  }
}
