package org.newsum.internal.summarizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    assertThat(NearCopies.groupSizes(cluster, 0.6)).containsExactly(2, 1, 2, 1);
    // the last shares one of its two sentences with the story: a copy only at a share that low
    assertThat(NearCopies.groupSizes(cluster, 0.2)).containsExactly(3, 1, 3, 3);
    assertThat(NearCopies.groupSizes(cluster, 0)).containsExactly(1, 1, 1, 1);
  }

  @Test
  void copiesOfOneStoryJoinOneGroupThroughAnEditionBetweenThem() {
    String lead = "The hurricane struck the coast on Monday, flooding towns and killing twelve people. ";
    String middle = "Rescue teams searched the flooded towns for survivors through the night. ";
    String tail = "Officials said power would be restored to most homes by Wednesday evening. ";
    AnalyzedCluster cluster = TestClusters.analyze(lead + middle, lead + middle + tail, middle + tail, OTHER);

    // the first and the third share one sentence of two; the second contains them both
    assertThat(NearCopies.groupSizes(cluster, 0.9)).containsExactly(3, 3, 3, 1);
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

    int[] sizes = NearCopies.groupSizes(cluster, 0.5);
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

    int[] sizes = NearCopies.groupSizes(cluster, 0.6);
    assertThat(sizes[3]).isEqualTo(2);
    assertThat(sizes[7]).isEqualTo(2);
    assertThat(java.util.Arrays.stream(sizes).filter(size -> size > 1).count()).isEqualTo(2); // half a copy is none
  }

  @Test
  void theGroupsAreThoseOfComparingEveryPairOfDocumentsTrigramSets() {
    SplittableRandom random = new SplittableRandom(5);
    for (int round = 0; round < 20; round++) {
      // few words, so documents share many trigrams by chance; some documents copy parts of others
      String[] texts = new String[2 + random.nextInt(12)];
      for (int d = 0; d < texts.length; d++) {
        StringBuilder text = new StringBuilder();
        for (int w = 0, words = 8 + random.nextInt(40); w < words; w++) {
          text.append(w % 8 == 0 ? "" : " ").append("w").append(random.nextInt(12)).append(w % 8 == 7 ? ". " : "");
        }
        texts[d] = d > 0 && random.nextInt(3) == 0
            ? texts[random.nextInt(d)] + " " + text.substring(0, text.length() / (1 + random.nextInt(4)))
            : text.toString();
      }
      AnalyzedCluster cluster = TestClusters.analyze(texts);
      for (double share : new double[] {0.3, 0.6, 0.9}) {
        assertThat(NearCopies.groupSizes(cluster, share)).as("round %d, share %s", round, share)
            .containsExactly(groupsByComparingEveryPair(cluster, share));
      }
    }
  }

  /** The group sizes by the definition: distinct trigrams per document, compared pair by pair. */
  private static int[] groupsByComparingEveryPair(AnalyzedCluster cluster, double share) {
    int[] document = BigramConcepts.documentOf(cluster);
    List<Set<List<Integer>>> trigrams = new ArrayList<>();
    for (int d = 0; d < cluster.documentCount(); d++) {
      trigrams.add(new HashSet<>());
    }
    for (int i = 0; i < cluster.size(); i++) {
      int[] t = cluster.terms(i);
      for (int k = 0; k + 2 < t.length; k++) {
        trigrams.get(document[i]).add(List.of(t[k], t[k + 1], t[k + 2]));
      }
    }
    Map<List<Integer>, Integer> users = new HashMap<>();
    trigrams.forEach(set -> set.forEach(trigram -> users.merge(trigram, 1, Integer::sum)));
    int n = trigrams.size();
    int[] group = new int[n];
    for (int d = 0; d < n; d++) {
      group[d] = d;
    }
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        Set<List<Integer>> other = trigrams.get(b);
        long shared = trigrams.get(a).stream().filter(t -> users.get(t) <= NearCopies.MAX_SHARING && other.contains(t)).count();
        if (shared > 0 && shared >= share * Math.min(trigrams.get(a).size(), trigrams.get(b).size())) {
          int from = group[b];
          int to = group[a];
          for (int d = 0; d < n; d++) {
            group[d] = group[d] == from ? to : group[d];
          }
        }
      }
    }
    int[] sizes = new int[n];
    for (int d = 0; d < n; d++) {
      for (int e = 0; e < n; e++) {
        sizes[d] += group[e] == group[d] ? 1 : 0;
      }
    }
    return sizes;
  }
}
