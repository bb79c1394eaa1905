package org.newsum.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.newsum.text.LanguageDetector;

/**
 * {@link LanguageDetector#standard()}: decides by script where a script tells the language, by
 * the share of English function words for English (in their first 500 characters, 99.5 % of the
 * DUC documents have over 24 % of their words in the stop list, OrangeSum's French at most 15 %),
 * and asks OpenNLP's maxent detector otherwise. The model reads at most the first {@link
 * #SAMPLE_CHARS} characters, the script and English tests the first {@link #QUICK_SAMPLE_CHARS}.
 */
public final class StandardLanguageDetector implements LanguageDetector {
  public static final StandardLanguageDetector INSTANCE = new StandardLanguageDetector();

  /** Characters read of a text: enough for any detector, bounded for huge documents. */
  static final int SAMPLE_CHARS = 1000;
  /** Characters the script counts and the English test read: enough for them, and cheap. */
  static final int QUICK_SAMPLE_CHARS = 500;
  /** Fewer letters than this: {@link #UNKNOWN}. */
  private static final int MIN_LETTERS = 12;
  /**
   * Share of English stop words above which a Latin-script text is English (over the first 500
   * characters: DUC 2004 and 2006 news at least 0.24, OrangeSum's French at most 0.15).
   */
  private static final double ENGLISH_STOP_SHARE = 0.2;
  /** Above this share, a text the model does not call English is {@link #UNKNOWN}, not another language. */
  private static final double AMBIGUOUS_STOP_SHARE = 0.13;
  /** Fewer words than this (in a script that does not tell the language alone): {@link #UNKNOWN}. */
  private static final int MIN_WORDS = 5;
  /** Words needed before the English test is trusted. */
  private static final int MIN_ENGLISH_WORDS = 5;
  /** Fewer words than this, and not English: too short for the statistical model, {@link #UNKNOWN}. */
  private static final int MIN_MODEL_WORDS = 12;
  private static final String MODEL = "/langdetect-183.bin";
  /** OpenNLP's ISO 639-3 codes that {@link Locale} does not map to ISO 639-1 (macrolanguage members). */
  private static final Map<String, String> MACRO = Map.of(
      "cmn", "zh", "pes", "fa", "lvs", "lv", "ekk", "et", "pnb", "pa", "plt", "mg", "nob", "no");

  private StandardLanguageDetector() {}

  private static final class Model {
    static final LanguageDetectorModel MODEL_DATA = load();
    static final Map<String, String> TWO_LETTER = twoLetterCodes();

    private static LanguageDetectorModel load() {
      try (InputStream in = StandardLanguageDetector.class.getResourceAsStream(MODEL)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + MODEL + " (opennlp-models-langdetect)");
        }
        return new LanguageDetectorModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static Map<String, String> twoLetterCodes() {
      Map<String, String> codes = new HashMap<>();
      for (String two : Locale.getISOLanguages()) {
        codes.put(new Locale(two).getISO3Language(), two);
      }
      codes.putAll(MACRO);
      return Map.copyOf(codes);
    }
  }

  @Override
  public String detect(CharSequence text) {
    return detect("", text.subSequence(0, Math.min(text.length(), SAMPLE_CHARS)).toString());
  }

  /**
   * {@link #detect(CharSequence) detect} of {@code title + "\n" + text} ({@code text} alone when
   * the title is empty), a document as {@link ClusterLanguages} reads it, without building that
   * string: the script counts and the English test read the title and the start of the text where
   * they are (a line break is no letter and ends every word, so their words are those of the
   * joined start), and only a text that goes on to the statistical model is copied, its first
   * {@link #SAMPLE_CHARS} characters.
   */
  @Override
  public String detect(String title, String text) {
    // The quick sample, title + "\n" + text cut at QUICK_SAMPLE_CHARS, as two regions [0, titleEnd), [0, textEnd).
    int titleEnd = Math.min(title.length(), QUICK_SAMPLE_CHARS);
    int textEnd = title.isEmpty() ? Math.min(text.length(), QUICK_SAMPLE_CHARS)
        : Math.max(0, Math.min(text.length(), QUICK_SAMPLE_CHARS - title.length() - 1));
    ScriptCounts scripts = new ScriptCounts();
    scripts.count(title, titleEnd);
    scripts.count(text, textEnd);
    if (scripts.letters < MIN_LETTERS) {
      return UNKNOWN;
    }
    String byScript = scripts.language();
    if (byScript != null) {
      return byScript;
    }
    Lexicon lexicon = Lexicon.forThisThread();
    IntList words = new IntList();
    lexicon.tokenize(title, 0, titleEnd, words);
    lexicon.tokenize(text, 0, textEnd, words);
    if (words.size() < MIN_WORDS) {
      return UNKNOWN;
    }
    double englishShare = scripts.latin * 2 > scripts.letters ? englishStopShare(lexicon, words) : 0;
    if (englishShare > ENGLISH_STOP_SHARE) {
      return "en";
    }
    if (words.size() < MIN_MODEL_WORDS) {
      return UNKNOWN;
    }
    // LanguageDetectorME keeps no state between calls but is cheap to make; one per call is thread-safe
    String code = new LanguageDetectorME(Model.MODEL_DATA).predictLanguage(sample(title, text)).getLang();
    String language = Model.TWO_LETTER.getOrDefault(code, code);
    // English-like but not enough to tell (a list, a table): trust the model only when it agrees
    return englishShare > AMBIGUOUS_STOP_SHARE && !language.equals("en") ? UNKNOWN : language;
  }

  /** The first {@link #SAMPLE_CHARS} characters of {@code title + "\n" + text} ({@code text} when the title is empty). */
  private static String sample(String title, String text) {
    CharSequence joined = TitledText.of(title, text);
    return joined.subSequence(0, Math.min(joined.length(), SAMPLE_CHARS)).toString();
  }

  /** The share of English stop words among the words with a letter; 0 when there are too few. */
  private static double englishStopShare(Lexicon lexicon, IntList words) {
    int stop = 0;
    int counted = 0;
    for (int k = 0; k < words.size(); k++) {
      int w = words.get(k);
      if (lexicon.hasLetter(w)) {
        counted++;
        stop += lexicon.isStopWord(w) ? 1 : 0;
      }
    }
    return counted < MIN_ENGLISH_WORDS ? 0 : (double) stop / counted;
  }

  /** Letters of a sample by script. */
  private static final class ScriptCounts {
    int letters;
    int latin;
    int han;
    int kana;
    int hangul;
    int greek;
    int hebrew;
    int thai;

    /**
     * Adds the letters of {@code text[0, end)}, read as the string of its first {@code end}
     * characters ({@link String#codePointAt}: a surrogate pair cut by {@code end} counts as its
     * high half alone, which is no letter).
     */
    void count(String text, int end) {
      for (int i = 0; i < end; ) {
        char c = text.charAt(i);
        if (c < 0x80) {
          // an ASCII letter is a Latin one; no other ASCII character is a letter
          int upper = c & ~0x20;
          if (upper >= 'A' && upper <= 'Z') {
            letters++;
            latin++;
          }
          i++;
          continue;
        }
        int cp = c;
        if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
          cp = Character.toCodePoint(c, text.charAt(i + 1));
        }
        i += Character.charCount(cp);
        if (!Character.isLetter(cp)) {
          continue;
        }
        letters++;
        if (cp < 0x250) {
          latin++;
          continue;
        }
        switch (Character.UnicodeScript.of(cp)) {
          case LATIN -> latin++;
          case HAN -> han++;
          case HIRAGANA, KATAKANA -> kana++;
          case HANGUL -> hangul++;
          case GREEK -> greek++;
          case HEBREW -> hebrew++;
          case THAI -> thai++;
          default -> { }
        }
      }
    }

    /** The language the script alone tells, or null. */
    String language() {
      if (hangul * 2 > letters) {
        return "ko";
      }
      if (kana * 10 > letters && (kana + han) * 2 > letters) {
        return "ja";
      }
      if (han * 2 > letters) {
        return "zh";
      }
      if (greek * 2 > letters) {
        return "el";
      }
      if (hebrew * 2 > letters) {
        return "he";
      }
      return thai * 2 > letters ? "th" : null;
    }
  }
}
