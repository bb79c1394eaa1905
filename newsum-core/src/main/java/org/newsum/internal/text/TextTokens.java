package org.newsum.internal.text;

import java.util.Arrays;
import org.newsum.model.Characters;

/**
 * The words of one text as {@link Lexicon} word ids with their character spans, in order: the
 * tokenization that cleaning makes of a document and hands on to analysis, so that a document is
 * tokenized once ({@link Lexicon#rememberTokens}). Growable; primitive arrays only.
 */
public final class TextTokens {
  /** Set on the stored word id of a token with a character outside ASCII (ids are never negative). */
  private static final int NOT_ASCII = 1 << 31;
  /** Ints per token. */
  private static final int STRIDE = 4;
  /**
   * Token {@code k}'s word id (with {@link #NOT_ASCII}), word info (its stem id and flags, as the
   * {@link Lexicon} holds them), start and end at {@code 4k} to {@code 4k + 3}: one array to grow
   * and to fill. The info is read here, where the tokenizer has just read the word, so that
   * cleaning and analysis take stems and flags in text order rather than from the word table.
   */
  private int[] tokens;
  private int size;

  public TextTokens() {
    this(64);
  }

  /** Empty, with room for {@code capacity} tokens before it grows. */
  public TextTokens(int capacity) {
    tokens = new int[STRIDE * Math.max(1, capacity)];
  }

  void add(int word, int info, int start, int end, boolean ascii) {
    int at = STRIDE * size;
    if (at == tokens.length) {
      tokens = Arrays.copyOf(tokens, 2 * at);
    }
    tokens[at] = ascii ? word : word | NOT_ASCII;
    tokens[at + 1] = info;
    tokens[at + 2] = start;
    tokens[at + 3] = end;
    size++;
  }

  /**
   * Keeps tokens {@code [bounds[r], bounds[r + 1])} for every range {@code r} with {@code kept[r]}
   * and drops the others, moving the kept ones down in place (no copy elsewhere); order is kept.
   */
  public void retainRanges(int[] bounds, boolean[] kept) {
    int to = 0;
    for (int r = 0; r < kept.length; r++) {
      if (kept[r]) {
        int count = bounds[r + 1] - bounds[r];
        System.arraycopy(tokens, STRIDE * bounds[r], tokens, STRIDE * to, STRIDE * count);
        to += count;
      }
    }
    size = to;
  }

  public int size() {
    return size;
  }

  /** The word id of token {@code k}. */
  public int word(int k) {
    return tokens[STRIDE * k] & ~NOT_ASCII;
  }

  /** The stem id of token {@code k}'s word ({@link Lexicon#stemOf}). */
  public int stem(int k) {
    return tokens[STRIDE * k + 1] >>> Lexicon.INFO_FLAGS;
  }

  /** Whether token {@code k}'s word is a stop word ({@link Lexicon#isStopWord}). */
  public boolean isStopWord(int k) {
    return (tokens[STRIDE * k + 1] & Lexicon.STOP) != 0;
  }

  /** Whether token {@code k}'s word has a letter ({@link Lexicon#hasLetter}). */
  public boolean hasLetter(int k) {
    return (tokens[STRIDE * k + 1] & Lexicon.LETTER) != 0;
  }

  /**
   * Whether token {@code k} is ASCII: letters, digits and apostrophes only, so that it lies
   * within one of {@link Characters#countWords}'s words and none starts after its first character.
   */
  public boolean isAscii(int k) {
    return tokens[STRIDE * k] >= 0;
  }

  /**
   * {@link Characters#countWords} of {@code text[start, end)}, whose tokens are {@code [from, to)}
   * of these: reads the text between ASCII tokens and their first characters only.
   */
  public int countWords(CharSequence text, int start, int end, int from, int to) {
    int words = 0;
    int i = start;
    for (int k = from; k < to; k++) {
      if (isAscii(k)) {
        words += Characters.countWordStarts(text, start, i, start(k) + 1);
        i = end(k);
      }
    }
    return words + Characters.countWordStarts(text, start, i, end);
  }

  /** Where token {@code k} starts in the text. */
  public int start(int k) {
    return tokens[STRIDE * k + 2];
  }

  /** Where token {@code k} ends in the text (exclusive; a dropped possessive {@code 's} included). */
  public int end(int k) {
    return tokens[STRIDE * k + 3];
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

  /**
   * {@link #firstAtOrAfter(int)}, found by walking on from token {@code from} when every token
   * before it starts before {@code offset} (as when each search goes on from the last one's answer
   * for offsets in ascending order: linear in the tokens passed over, without a binary search each
   * time), else by the binary search.
   */
  public int firstAtOrAfter(int offset, int from) {
    if (from < 0 || from > size || from > 0 && start(from - 1) >= offset) {
      return firstAtOrAfter(offset);
    }
    int k = from;
    while (k < size && start(k) < offset) {
      k++;
    }
    return k;
  }
}
