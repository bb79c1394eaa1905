package org.newsum.documents;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads the publication date a user gives for a document (the {@code "date"} field of the JSONL
 * cluster format and of the HTTP API), strictly: an ISO-8601 date {@code 2017-07-07} or
 * date-time {@code 2017-07-07T21:47:00Z}, {@code 2017-07-07T21:47:00+02:00}. Of a date-time, the
 * calendar date as written is kept (no time-zone conversion). Anything else is refused, so that
 * a typo never silently reorders a summary; dates scraped from web pages are read leniently
 * elsewhere ({@code cleaning.html}).
 */
public final class PublicationDate {
  /** What a valid date looks like, for error messages. */
  public static final String EXPECTED = "an ISO-8601 date (yyyy-mm-dd) or date-time (e.g. 2017-07-07T21:47:00Z)";

  private PublicationDate() {}

  /**
   * The calendar date of an ISO-8601 date or date-time.
   *
   * @throws IllegalArgumentException saying what is wrong when {@code text} is not one
   */
  public static LocalDate parse(String text) {
    String s = text.strip();
    try {
      return LocalDate.from((s.indexOf('T') >= 0 ? DateTimeFormatter.ISO_DATE_TIME : DateTimeFormatter.ISO_LOCAL_DATE).parse(s));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("\"date\" must be " + EXPECTED + ", got \"" + text + "\"");
    }
  }

  /**
   * The date in a JSON {@code "date"} field: null when the field is absent or null (unknown).
   *
   * @param value the field's value, or null when absent
   * @throws IllegalArgumentException saying what is wrong when the value is not a valid date string
   */
  public static LocalDate fromJson(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException("\"date\" must be a string, " + EXPECTED + ", got " + value);
    }
    return parse(value.textValue());
  }
}
