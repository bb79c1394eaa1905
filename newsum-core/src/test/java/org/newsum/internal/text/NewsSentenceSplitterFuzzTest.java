package org.newsum.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.newsum.model.Span;

/**
 * Fuzz target: on any text the {@link NewsSentenceSplitter}'s spans are ordered,
 * non-overlapping, trimmed, within bounds, at most {@link NewsSentenceSplitter#MAX_SENTENCE_CHARS}
 * long, never split a surrogate pair, and cover every non-space character. Run longer with
 * {@code bin/fuzz NewsSentenceSplitterFuzzTest 600}.
 */
class NewsSentenceSplitterFuzzTest {
  private static final NewsSentenceSplitter SPLITTER = new NewsSentenceSplitter();

  @FuzzTest(maxDuration = "5s")
  void spansAreWellFormed(byte[] input) {
    fuzzerTestOneInput(input);
  }

  /** The target, also run by Jazzer's command-line driver. */
  public static void fuzzerTestOneInput(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    List<Span> spans = SPLITTER.split(text);
    int previousEnd = 0;
    for (Span s : spans) {
      assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd).isLessThan(s.end());
      assertThat(s.end()).isLessThanOrEqualTo(text.length());
      assertThat(s.end() - s.start()).isLessThanOrEqualTo(NewsSentenceSplitter.MAX_SENTENCE_CHARS);
      assertThat(Character.isWhitespace(text.charAt(s.start())) || Character.isWhitespace(text.charAt(s.end() - 1))).isFalse();
      assertThat(Character.isLowSurrogate(text.charAt(s.start())) && Character.isHighSurrogate(text.charAt(s.start() - 1))).isFalse();
      for (int i = previousEnd; i < s.start(); i++) {
        assertThat(Character.isWhitespace(text.charAt(i))).as("uncovered character at %d", i).isTrue();
      }
      previousEnd = s.end();
    }
    for (int i = previousEnd; i < text.length(); i++) {
      assertThat(Character.isWhitespace(text.charAt(i))).as("uncovered character at %d", i).isTrue();
    }
  }
}
