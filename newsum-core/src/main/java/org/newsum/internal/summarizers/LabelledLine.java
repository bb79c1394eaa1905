package org.newsum.internal.summarizers;

/**
 * Recognizes a line that opens with a label: a colon after at most {@link #MAX_LABEL_WORDS} words
 * ("Q: How much danger do you feel?", "SUU KYI: Yes, ...", "Note: you must ...", "Serious question
 * after the meeting: if trump to blame Putin."). Such a line is a speaker tag of an interview, a
 * list entry, an editor's note or a kicker before a headline fragment, not a sentence that tells
 * the story on its own; a summary takes one only when the other sentences cannot fill it. Only the
 * punctuation and spaces are read, so the test is the same in every language written with spaces
 * between words; a colon between digits (a time, "4:30") or inside a web address, or after an
 * opening quotation mark, is no label. Nor is a place in capitals before the colon of a document's first
 * sentence ("ISLAMABAD: The Supreme Court …"): that is a dateline, and the sentence the story's lead.
 */
final class LabelledLine {
  /** Most words before the colon of a label: a name, a title or a short noun phrase. */
  static final int MAX_LABEL_WORDS = 6;
  /** Most words of a place in a dateline, as {@link org.newsum.internal.text.Dateline} takes them. */
  private static final int MAX_PLACE_WORDS = 4;

  private LabelledLine() {}

  /**
   * Whether {@code sentence} opens with a label of at most {@link #MAX_LABEL_WORDS} words and a colon;
   * {@code opensDocument}: it is its document's first sentence, where a place in capitals is a dateline.
   */
  static boolean isLabelled(String sentence, boolean opensDocument) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (c == ':') {
        boolean betweenDigits = i > 0 && i + 1 < sentence.length()
            && Character.isDigit(sentence.charAt(i - 1)) && Character.isDigit(sentence.charAt(i + 1));
        boolean address = i + 1 < sentence.length() && sentence.charAt(i + 1) == '/';
        if (betweenDigits || address) {
          inWord = true;
          continue;
        }
        int label = words + (inWord ? 1 : 0);
        boolean dateline = opensDocument && label <= MAX_PLACE_WORDS && inCapitals(sentence, i);
        return label > 0 && label <= MAX_LABEL_WORDS && !dateline && hasWordAfter(sentence, i + 1);
      }
      if (c == '"' || c == '\u201c' || c == '`') {
        return false;
      }
      if (Character.isWhitespace(c)) {
        if (inWord && ++words > MAX_LABEL_WORDS) {
          return false;
        }
        inWord = false;
      } else {
        inWord = true;
      }
    }
    return false;
  }

  /** Whether the letters before {@code end} are all capitals, and there is one. */
  private static boolean inCapitals(String sentence, int end) {
    boolean letter = false;
    for (int i = 0; i < end; i++) {
      char c = sentence.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isUpperCase(c);
    }
    return letter;
  }

  private static boolean hasWordAfter(String sentence, int from) {
    for (int i = from; i < sentence.length(); i++) {
      if (Character.isLetterOrDigit(sentence.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
