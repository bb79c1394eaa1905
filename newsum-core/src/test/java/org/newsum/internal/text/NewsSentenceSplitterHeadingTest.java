package org.newsum.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Headings stay sentences of their own, also in hard-wrapped text and after blanked furniture. */
class NewsSentenceSplitterHeadingTest {
  private final NewsSentenceSplitter splitter = new NewsSentenceSplitter();

  private List<String> sentences(String text) {
    return splitter.split(text).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void headingInHardWrappedTextIsNotGluedToTheNextSentence() {
    String text = """
        The two leaders met on Friday in Hamburg for more than two hours and
        discussed Syria, Ukraine and the election at some length with aides.
        Talks on Syria
        Both sides agreed on a ceasefire in the southwest of the country that
        will take effect on Sunday, the foreign ministers said after the talks.
        """;
    assertThat(NewsSentenceSplitter.isHardWrapped(text)).isTrue();
    assertThat(sentences(text)).containsExactly(
        "The two leaders met on Friday in Hamburg for more than two hours and\n"
            + "discussed Syria, Ukraine and the election at some length with aides.",
        "Talks on Syria",
        "Both sides agreed on a ceasefire in the southwest of the country that\n"
            + "will take effect on Sunday, the foreign ministers said after the talks.");
  }

  @Test
  void aBlankedLineSeparatesAHeadingFromTheNextSentence() {
    String text = "Muted expectations\n                          \nBut behind the scenes, there was disillusion.";
    assertThat(sentences(text)).containsExactly("Muted expectations", "But behind the scenes, there was disillusion.");
  }
}
