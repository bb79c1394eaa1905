package org.newsum.text;

import org.newsum.internal.text.StandardLanguageDetector;
import org.newsum.internal.text.TitledText;

/**
 * Tells which language a text is written in, as an ISO 639-1 code ({@code "en"}, {@code "de"},
 * {@code "zh"}; an ISO 639-3 code for a language without a two-letter one), or {@link #UNKNOWN}
 * when the text gives too little to tell. Implementations are thread-safe.
 */
public interface LanguageDetector {
  /** The code of a text whose language cannot be told (ISO 639-2 "undetermined"). */
  String UNKNOWN = "und";

  /** The language of {@code text}, or {@link #UNKNOWN}. */
  String detect(CharSequence text);

  /**
   * The language of a document: its {@code title}, a line break and its {@code text} read as one
   * text ({@code text} alone when the title is empty), without copying the text. A detector that
   * reads only the start of a text may override this to read both where they are.
   */
  default String detect(String title, String text) {
    return detect(TitledText.of(title, text));
  }

  /**
   * The standard detector: Unicode scripts for the languages a script tells alone (Korean,
   * Japanese, Chinese, Greek, Hebrew, Thai), English by its function words, everything else by
   * Apache OpenNLP's language detector (103 languages; its 10 MB model is loaded on first need,
   * so English and CJK input never pay for it).
   */
  static LanguageDetector standard() {
    return StandardLanguageDetector.INSTANCE;
  }
}
