package org.newsum.internal.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsum.internal.text.Lexicon;
import org.newsum.internal.text.TextTokens;

class ClusterEvidenceTest {
  private static BlockFeatures featuresOf(String text) {
    Lexicon lexicon = Lexicon.forThisThread();
    TextTokens tokens = new TextTokens();
    lexicon.tokenize(text, 0, text.length(), tokens);
    return BlockFeatures.of(text, lexicon, tokens, 0, false);
  }

  @Test
  void theKeyHashIsTheHashOfTheKeyForHostileText() {
    for (String text : List.of("", " ", "Plain ASCII line.", "  Leading\tand\u000btrailing \n", "MiXeD   CaSe\r\nLines",
        "\u0391\u03a3.\u0391 \u039f\u0394\u039f\u03a3", "\u0130stanbul \u00c9T\u00c9 caf\u00c9", "no\u00a0break\u2007space",
        "ideographic\u3000space", "\ud83d\ude00 emoji", "a\u0085b", "\u0000\u001c\u001f", "\ufb00 ligature \u00df",
        "x".repeat(60) + " \u0130\u0130\u0130\u0130 \u03a3\u03a3 tail", "12345 ".repeat(20) + "a", "1 ".repeat(40),
        "A".repeat(63) + "\u00c9\u00c9 b", "Z".repeat(70) + "\u0130", "  " + "word ".repeat(30) + "  ")) {
      BlockFeatures f = featuresOf(text);
      assertThat(f.keyHash()).as(text).isEqualTo(BlockFeatures.hashOfKey(f.key()));
      assertThat(f.hasLetters()).as(text).isEqualTo(f.key().chars().anyMatch(Character::isLetter));
    }
    assertThat(featuresOf(" Breaking   NEWS\t today ").key()).isEqualTo("breaking news today");
    assertThat(featuresOf("\u0130STANBUL x").key()).isEqualTo("\u0130STANBUL".toLowerCase(java.util.Locale.ROOT) + " x");
  }

  @Test
  void linesWithOneHashButDifferentTextAreDifferentLines() {
    // The hash covers the key's first characters: lines that differ only later share it, and
    // only comparing the keys tells them apart.
    String opening = "The committee met on Tuesday to discuss the budget for next year, and then ".repeat(2);
    BlockFeatures lineA = featuresOf(opening + "agreed.");
    BlockFeatures lineB = featuresOf(opening + "adjourned.");
    BlockFeatures lineAUpper = featuresOf((opening + "agreed.").toUpperCase(java.util.Locale.ROOT).replace(" ", " \t "));
    assertThat(lineA.keyHash()).isEqualTo(lineB.keyHash()).isEqualTo(lineAUpper.keyHash());
    assertThat(lineA.key()).isNotEqualTo(lineB.key());

    ClusterEvidence evidence = new ClusterEvidence(List.of(List.of(lineA), List.of(lineB), List.of(lineB), List.of(lineAUpper)));
    assertThat(evidence.otherPagesWith(0, 0)).isEqualTo(1); // the upper-case copy on page 3
    assertThat(evidence.otherPagesWith(1, 0)).isEqualTo(1); // page 2
    assertThat(evidence.otherPagesWith(3, 0)).isEqualTo(1);

    ClusterEvidence onePage = new ClusterEvidence(List.of(List.of(lineA, lineB, lineB, lineAUpper)));
    assertThat(onePage.repeatsOnPage(0, 0)).isEqualTo(2);
    assertThat(onePage.copyOfEarlierBlock(0, 2)).isTrue();
    assertThat(onePage.copyOfEarlierBlock(0, 1)).isFalse();
    assertThat(onePage.copyOfEarlierBlock(0, 3)).isTrue();
  }
}
