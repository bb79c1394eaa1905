package org.newsum.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsum.HostileInputs;
import org.newsum.model.Span;

/** Splitting text the splitter was not tuned for: no punctuation, one huge line, no spaces, Chinese. */
class NewsSentenceSplitterRobustnessTest {
  private static final int MAX = NewsSentenceSplitter.MAX_SENTENCE_CHARS;
  private final NewsSentenceSplitter splitter = new NewsSentenceSplitter();

  @Test
  void aLongUnpunctuatedLineIsCutAtWordBoundaries() {
    String line = HostileInputs.unpunctuatedLine(200_000);
    List<Span> spans = splitter.split(line);
    assertThat(spans).allSatisfy(s -> {
      assertThat(s.end() - s.start()).isBetween(MAX / 2, MAX);
      assertThat(s.start() == 0 || line.charAt(s.start() - 1) == ' ').isTrue();
      assertThat(s.end() == line.length() || line.charAt(s.end()) == ' ').isTrue();
    });
    assertThat(spans.size()).isBetween(200_000 / MAX, 2 * 200_000 / MAX);
  }

  @Test
  void anOverLongSentenceIsCutAfterClausePunctuation() {
    String clause = "the council debated the plan for many hours without reaching agreement on the fares";
    String sentence = String.join(", ", java.util.Collections.nCopies(10, clause)) + ".";
    List<Span> spans = splitter.split(sentence);
    assertThat(spans).hasSizeGreaterThan(1).allSatisfy(s -> assertThat(s.end() - s.start()).isLessThanOrEqualTo(MAX));
    assertThat(spans.subList(0, spans.size() - 1)).allSatisfy(s -> assertThat(s.of(sentence)).endsWith(","));
  }

  @Test
  void textWithoutSpacesIsCutAtTheLimitButNeverInsideASurrogatePair() {
    String emoji = "\uD83D\uDE00"; // one code point, two chars
    String text = "x" + emoji.repeat(1000);
    List<Span> spans = splitter.split(text);
    assertThat(spans).isNotEmpty().allSatisfy(s -> {
      assertThat(s.end() - s.start()).isLessThanOrEqualTo(MAX);
      assertThat(Character.isLowSurrogate(text.charAt(s.start()))).isFalse();
    });
  }

  @Test
  void chineseIsSplitAtFullWidthStops() {
    List<String> sentences = splitter.split(HostileInputs.CHINESE).stream().map(s -> s.of(HostileInputs.CHINESE)).toList();
    assertThat(sentences).hasSize(4).allSatisfy(s -> assertThat(s).endsWith("。"));
  }

  @Test
  void unpunctuatedLinesStayApartEvenWhenTheyLookHardWrapped() {
    assertThat(splitter.split(HostileInputs.UNPUNCTUATED)).hasSize(4);
  }
}
