package org.newsum.internal.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsum.internal.text.AscendingIds;
import org.newsum.internal.text.Lexicon;
import org.newsum.internal.text.TextTokens;

class ClusterEvidenceTest {
  private static BlockFeatures featuresOf(String text) {
    Lexicon lexicon = Lexicon.forThisThread();
    TextTokens tokens = new TextTokens();
    lexicon.tokenize(text, 0, text.length(), tokens);
    return BlockFeatures.of(text, tokens, 0, false, new AscendingIds(0, false));
  }

  @Test
  void contentStemsAreTheSortedDistinctStemsOfTheBlocksLetteredContentWords() {
    // blocks read one after another into one page's tokens, with one scratch set, as cleaning reads them
    String[] words = {"the", "and", "of", "council", "councils", "voted", "votes", "vote", "2024", "budget", "x1",
        "Budget", "rain", "rained", "\u00e9t\u00e9", "\u6771", "mayor's", "us", "it"};
    Random random = new Random(5);
    Lexicon lexicon = Lexicon.forThisThread();
    AscendingIds scratch = new AscendingIds(1, false);
    for (int page = 0; page < 40; page++) {
      TextTokens tokens = new TextTokens();
      for (int block = 0; block < 12; block++) {
        StringBuilder text = new StringBuilder();
        for (int w = random.nextInt(block % 3 == 0 ? 80 : 8); w > 0; w--) {
          text.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : ", ");
        }
        int from = tokens.size();
        lexicon.tokenize(text, 0, text.length(), tokens);
        int[] expected = java.util.stream.IntStream.range(from, tokens.size())
            .filter(k -> !tokens.isStopWord(k) && tokens.hasLetter(k)).map(tokens::stem).sorted().distinct().toArray();
        assertThat(BlockFeatures.of(text.toString(), tokens, from, false, scratch).contentStems()).as(text.toString())
            .isEqualTo(expected);
      }
    }
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

  @Test
  void pageEvidenceFollowsItsDefinitionOnRandomClusters() {
    Random random = new Random(13);
    String[] vocabulary = new String[40];
    for (int w = 0; w < vocabulary.length; w++) {
      vocabulary[w] = "word" + (char) ('a' + w % 26) + (char) ('a' + w / 26) + " ";
    }
    for (int round = 0; round < 50; round++) {
      int pageCount = 1 + random.nextInt(5);
      List<List<BlockFeatures>> pages = new ArrayList<>();
      for (int d = 0; d < pageCount; d++) {
        List<BlockFeatures> page = new ArrayList<>();
        for (int b = random.nextInt(6); b > 0; b--) {
          StringBuilder text = new StringBuilder();
          for (int k = random.nextInt(12); k > 0; k--) {
            text.append(vocabulary[random.nextInt(vocabulary.length)]);
          }
          page.add(featuresOf(text + "and the."));
        }
        pages.add(page);
      }
      ClusterEvidence evidence = new ClusterEvidence(pages);
      boolean multiPage = pages.stream().filter(p -> !p.isEmpty()).count() >= 2;
      for (int d = 0; d < pageCount; d++) {
        ClusterEvidence.PageEvidence page = evidence.of(d);
        Set<Integer> pageStems = new HashSet<>();
        for (BlockFeatures block : pages.get(d)) {
          for (int stem : block.contentStems()) {
            pageStems.add(stem);
          }
        }
        for (int b = 0; b < pages.get(d).size(); b++) {
          int[] stems = pages.get(d).get(b).contentStems();
          double sum = 0;
          for (int stem : stems) {
            sum += Math.log1p(multiPage ? blocksWith(pages, stem, d, true) : blocksWith(pages, stem, -1, false) - 1);
          }
          assertThat(page.support()[b]).isEqualTo(stems.length == 0 ? 0 : sum / Math.sqrt(stems.length));
        }
        int shared = 0;
        for (int stem : pageStems) {
          shared += blocksWith(pages, stem, d, true) > 0 ? 1 : 0;
        }
        assertThat(page.sharedStemShare()).isEqualTo(pageStems.isEmpty() ? 0 : (double) shared / pageStems.size());
      }
    }
  }

  /** Blocks of the cluster with {@code stem}, those of page {@code skip} left out when {@code skipPage}. */
  private static int blocksWith(List<List<BlockFeatures>> pages, int stem, int skip, boolean skipPage) {
    int count = 0;
    for (int d = 0; d < pages.size(); d++) {
      for (BlockFeatures block : pages.get(d)) {
        count += (!skipPage || d != skip) && Arrays.binarySearch(block.contentStems(), stem) >= 0 ? 1 : 0;
      }
    }
    return count;
  }
}
