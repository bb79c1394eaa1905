package org.newsum.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One article of a cluster: clean text plus what is known about it. Immutable.
 *
 * @param id stable identifier, unique within its cluster (file name, JSONL id, URL)
 * @param title headline, or empty when unknown; never part of {@link #text()}
 * @param text the article body; sentence spans are offsets into this string
 * @param date publication date, or {@code null} when unknown
 * @param source outlet or URL the text came from, or {@code null} when unknown
 * @param language the language the text is written in, an ISO 639-1 code such as {@code "de"}
 *     (lower-cased; a tag such as {@code "pt-BR"} is kept as its language, {@code "pt"}), or
 *     {@code null} when not known: analysis then detects it; anything else is refused with an
 *     {@link IllegalArgumentException} ({@link #languageCode(String)})
 */
public record Document(String id, String title, String text, LocalDate date, String source, String language) {
  /** A language code, or a BCP 47 tag (RSS, HTML {@code lang}): the code, then subtags after {@code -} or {@code _}. */
  private static final Pattern LANGUAGE_TAG = Pattern.compile("([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*");

  public Document {
    Objects.requireNonNull(id, "id");
    title = title == null ? "" : title;
    Objects.requireNonNull(text, "text");
    language = languageCode(language);
  }

  /**
   * {@code code} as a document's language: stripped and lower-cased, {@code null} when null or blank;
   * of a tag such as {@code "en-US"} or {@code "zh_Hant_TW"}, as feeds and pages give them, the
   * language alone ({@code "en"}, {@code "zh"}): analysis knows languages, not regions or scripts. One
   * check for every way a language is given (an option, a JSON field, the library), so a name such as
   * {@code "english"} is refused rather than analysed as an unknown language.
   *
   * @throws IllegalArgumentException if it does not start with a code of two or three letters (ISO
   *     639-1, or 639-3 for a language without a two-letter code) followed by nothing or by subtags
   */
  public static String languageCode(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    Matcher tag = LANGUAGE_TAG.matcher(code.strip());
    if (!tag.matches()) {
      throw new IllegalArgumentException("'" + code + "' is not a language code: give an ISO 639-1 code such as de or zh");
    }
    return tag.group(1).toLowerCase(Locale.ROOT);
  }

  /** A document whose language is not known (analysis detects it). */
  public Document(String id, String title, String text, LocalDate date, String source) {
    this(id, title, text, date, source, null);
  }

  /** A document with only an id and body text. */
  public static Document of(String id, String text) {
    return new Document(id, "", text, null, null);
  }

  /** A document with an id, a title and body text. */
  public static Document of(String id, String title, String text) {
    return new Document(id, title, text, null, null);
  }

  /** This document with another body text (e.g. after cleaning); everything else kept. */
  public Document withText(String newText) {
    return new Document(id, title, newText, date, source, language);
  }

  /** This document declared to be in {@code code} (an ISO 639-1 code; {@code null}: not known). */
  public Document withLanguage(String code) {
    return new Document(id, title, text, date, source, code);
  }

  /** The declared or detected language, if known. */
  public Optional<String> languageCode() {
    return Optional.ofNullable(language);
  }
}
