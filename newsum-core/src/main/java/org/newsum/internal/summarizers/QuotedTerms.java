package org.newsum.internal.summarizers;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsum.internal.text.QuotationMark;

/**
 * Whether a sentence's quotation marks only set off terms: a phrase in quotes without a single
 * function word ("a ``gay panic'' defense", "expressed “grave concerns”", "had ``obvious
 * benefits''") is the writer's account naming what someone called a thing, not a speaker's words;
 * a quotation of speech ("``We will appeal,'' she said", "was ``a cosmetic remedy''") has function
 * words. Read from quotation marks and the language's stop words only. Stateless.
 */
final class QuotedTerms {
  /** A quotation opened and closed within the sentence, in any {@linkplain QuotationMark style}. */
  private static final Pattern QUOTED = QuotationMark.quotationPattern();
  private static final Pattern MARK = QuotationMark.markPattern();
  private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}']+");

  private QuotedTerms() {}

  /**
   * True when {@code text} has a quotation, every quotation mark of it closes one opened within
   * the text, and no quoted word is a stop word by {@code isStopWord} (given lower-cased words).
   */
  static boolean only(String text, Predicate<String> isStopWord) {
    Matcher m = QUOTED.matcher(text);
    int quotations = 0;
    StringBuilder outside = new StringBuilder(text.length());
    int from = 0;
    while (m.find()) {
      quotations++;
      String quoted = quotedText(m);
      for (String word : WORD_BREAK.split(quoted.toLowerCase(Locale.ROOT))) {
        if (!word.isEmpty() && isStopWord.test(word)) {
          return false;
        }
      }
      outside.append(text, from, m.start());
      from = m.end();
    }
    outside.append(text, from, text.length());
    // a mark left outside the pairs: a quotation that runs on beyond the sentence, i.e. speech
    return quotations > 0 && !MARK.matcher(outside).find();
  }

  /** The text between the marks of the quotation {@code m} found: its one group that matched. */
  private static String quotedText(Matcher m) {
    for (int g = 1; ; g++) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
  }
}
