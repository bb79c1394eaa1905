package org.newsum.internal.summarizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.newsum.text.AnalyzedCluster;

class NearCopiesTest {
  private static final String STORY = "The hurricane struck the coast on Monday, flooding towns and killing twelve people. "
      + "Rescue teams searched the flooded towns for survivors through the night. "
      + "Officials said power would be restored to most homes by Wednesday evening.";
  private static final String OTHER = "Twelve people died when the hurricane hit the coast, officials said on Tuesday. "
      + "Farmers in the region said their harvest was lost to the floods. "
      + "The national weather service warned of more rain later in the week.";

  @Test
  void aStoryAndItsUpdatedEditionFormOneGroupWhileAnotherReportOfTheEventStandsAlone() {
    AnalyzedCluster cluster = TestClusters.analyze(STORY, OTHER,
        STORY + " Insurers estimated the damage at two billion dollars.",
        "Rescue teams searched the flooded towns for survivors through the night. "
            + "A local church opened its doors to the families who lost their homes in the storm.");

    int[] document = BigramConcepts.documentOf(cluster);
    assertThat(NearCopies.groupSizes(cluster, document, 0.6)).containsExactly(2, 1, 2, 1);
    // the last shares one of its two sentences with the story: a copy only at a share that low
    assertThat(NearCopies.groupSizes(cluster, document, 0.2)).containsExactly(3, 1, 3, 3);
    assertThat(NearCopies.groupSizes(cluster, document, 0)).containsExactly(1, 1, 1, 1);
  }

  @Test
  void copiesOfOneStoryJoinOneGroupThroughAnEditionBetweenThem() {
    String lead = "The hurricane struck the coast on Monday, flooding towns and killing twelve people. ";
    String middle = "Rescue teams searched the flooded towns for survivors through the night. ";
    String tail = "Officials said power would be restored to most homes by Wednesday evening. ";
    AnalyzedCluster cluster = TestClusters.analyze(lead + middle, lead + middle + tail, middle + tail, OTHER);

    // the first and the third share one sentence of two; the second contains them both
    assertThat(NearCopies.groupSizes(cluster, BigramConcepts.documentOf(cluster), 0.9)).containsExactly(3, 3, 3, 1);
  }

  @Test
  void aPhraseMoreDocumentsUseThanTheCapDoesNotMakeThemCopies() {
    // every document: the same opening sentence (5 trigrams) and a sentence of its own (4 trigrams), so each pair
    // shares 5 of 9 trigrams (a copy at 0.5), all of them trigrams that more than MAX_SHARING documents use
    SplittableRandom random = new SplittableRandom(7);
    String[] texts = new String[NearCopies.MAX_SHARING + 1];
    for (int d = 0; d < texts.length; d++) {
      StringBuilder own = new StringBuilder();
      for (int w = 0; w < 6; w++) {
        own.append(w == 0 ? "" : " ").append("w").append(Integer.toString(random.nextInt(1 << 30), 36));
      }
      texts[d] = "The prime minister said on Monday that. " + own + ".";
    }
    AnalyzedCluster cluster = TestClusters.analyze(texts);

    int[] sizes = NearCopies.groupSizes(cluster, BigramConcepts.documentOf(cluster), 0.5);
    assertThat(sizes).containsOnly(1);
  }

  @Test
  void inAClusterTooLargeToCompareEveryTrigramCopiesAreFoundFromASample() {
    SplittableRandom random = new SplittableRandom(11);
    String[] texts = new String[300];
    for (int d = 0; d < texts.length; d++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 480; w++) {
        text.append(w % 12 == 0 ? "" : " ").append("w").append(Integer.toString(random.nextInt(5000), 36))
            .append(w % 12 == 11 ? ". " : "");
      }
      texts[d] = text.toString();
    }
    texts[7] = texts[3];
    texts[8] = texts[3].substring(0, texts[3].length() / 2) + texts[9].substring(texts[9].length() / 2);
    AnalyzedCluster cluster = TestClusters.analyze(texts);
    int trigrams = 0;
    for (int i = 0; i < cluster.size(); i++) {
      trigrams += Math.max(0, cluster.terms(i).length - 2);
    }
    assertThat(trigrams).isGreaterThan(NearCopies.EXACT_TRIGRAMS);

    int[] sizes = NearCopies.groupSizes(cluster, BigramConcepts.documentOf(cluster), 0.6);
    assertThat(sizes[3]).isEqualTo(2);
    assertThat(sizes[7]).isEqualTo(2);
    assertThat(java.util.Arrays.stream(sizes).filter(size -> size > 1).count()).isEqualTo(2); // half a copy is none
  }
}
