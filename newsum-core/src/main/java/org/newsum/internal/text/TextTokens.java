package org.newsum.internal.text;

/**
 * The words of one text as {@link Lexicon} word ids with their character spans, in order: the
 * tokenization that cleaning makes of a document and hands on to analysis, so that a document is
 * tokenized once ({@link Lexicon#rememberTokens}). Growable; primitive arrays only.
 */
public final class TextTokens {
  private final IntList words;
  private final IntList starts;
  private final IntList ends;

  public TextTokens() {
    this(64);
  }

  /** Empty, with room for {@code capacity} tokens before it grows. */
  public TextTokens(int capacity) {
    words = new IntList(capacity);
    starts = new IntList(capacity);
    ends = new IntList(capacity);
  }

  void add(int word, int start, int end) {
    words.add(word);
    starts.add(start);
    ends.add(end);
  }

  /** Appends tokens {@code [from, to)} of {@code other}. */
  public void addAll(TextTokens other, int from, int to) {
    words.addAll(other.words, from, to);
    starts.addAll(other.starts, from, to);
    ends.addAll(other.ends, from, to);
  }

  public int size() {
    return words.size();
  }

  /** The word id of token {@code k}. */
  public int word(int k) {
    return words.get(k);
  }

  /** Where token {@code k} starts in the text. */
  public int start(int k) {
    return starts.get(k);
  }

  /** Where token {@code k} ends in the text (exclusive; a dropped possessive {@code 's} included). */
  public int end(int k) {
    return ends.get(k);
  }

  /** The index of the first token that starts at or after {@code offset} ({@link #size} if none). */
  public int firstAtOrAfter(int offset) {
    int low = 0;
    int high = size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (start(mid) < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
