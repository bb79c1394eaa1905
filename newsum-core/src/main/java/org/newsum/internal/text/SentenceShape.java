package org.newsum.internal.text;

import org.newsum.model.Characters;

/**
 * Surface tests on a piece of text that tell a complete sentence from a fragment (headline,
 * caption, menu entry). Shared by sentence selection and furniture cleaning so both agree on
 * what a sentence looks like.
 */
public final class SentenceShape {
  /** Longest markup tag ({@code <p>}, {@code <div class="x">}) skipped before a sentence's first word. */
  private static final int MAX_TAG_LENGTH = 40;
  private SentenceShape() {}

  /**
   * True when the text ends with sentence punctuation ({@code . ! ?}, an ellipsis, or the
   * full-width {@code 。！？} of Chinese and Japanese), optionally followed by closing quotes or
   * brackets.
   */
  public static boolean endsLikeSentence(CharSequence text) {
    int e = text.length() - 1;
    while (e >= 0 && (Characters.isCloser(text.charAt(e)) || Character.isWhitespace(text.charAt(e)))) {
      e--;
    }
    if (e < 0) {
      return false;
    }
    return Characters.isTerminal(text.charAt(e));
  }

  /** True when the text has sentence punctuation anywhere (see {@link #endsLikeSentence}). */
  public static boolean hasSentencePunctuation(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (Characters.isTerminal(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the text is the continuation of a sentence rather than its start: it opens with a
   * lower-case word ("capital punishment is under scrutiny,'' says the Times.") although it
   * capitalizes words elsewhere, or it closes more quotations (” or '') than it opens (“ or ``;
   * the {@linkplain QuotationMark#DIRECTED directed} marks),
   * so its speaker's opening words are in another sentence. A lower-case word with a capital
   * inside ("iPhone", "eBay") is a name, not a continuation; all-lower-case text, which has no
   * capitals to tell by, never counts as a continuation. Markup tags left in plain text
   * ({@code <p>City officials...}) are not words.
   */
  public static boolean isContinuation(CharSequence text) {
    String s = text.toString();
    return startsLowerCase(s) || closedQuotes(s) > openedQuotes(s);
  }

  /**
   * True when the text contains a {@linkplain QuotationMark quotation mark}: it reports someone's
   * own words rather than the writer's account.
   */
  public static boolean hasQuotation(CharSequence text) {
    String s = text.toString();
    for (String mark : QuotationMark.MARKS) {
      if (s.contains(mark)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsLowerCase(String text) {
    int i = 0;
    while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
      int tagEnd = text.charAt(i) == '<' ? text.indexOf('>', i) : -1;
      i = tagEnd > i && tagEnd - i <= MAX_TAG_LENGTH ? tagEnd + 1 : i + 1; // markup left in the text
    }
    if (i == text.length() || !Character.isLowerCase(text.charAt(i))) {
      return false;
    }
    int wordEnd = i;
    while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
      if (Character.isUpperCase(text.charAt(wordEnd))) {
        return false;
      }
      wordEnd++;
    }
    for (int k = wordEnd; k < text.length(); k++) {
      if (Character.isUpperCase(text.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  private static int openedQuotes(String text) {
    int n = 0;
    for (QuotationMark q : QuotationMark.DIRECTED) {
      n += count(text, q.opening());
    }
    return n;
  }

  private static int closedQuotes(String text) {
    int n = 0;
    for (QuotationMark q : QuotationMark.DIRECTED) {
      n += count(text, q.closing());
    }
    return n;
  }

  private static int count(String text, String mark) {
    int n = 0;
    for (int i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + mark.length())) {
      n++;
    }
    return n;
  }
}
