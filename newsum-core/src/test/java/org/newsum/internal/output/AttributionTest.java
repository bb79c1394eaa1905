package org.newsum.internal.output;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.model.Sentence;
import org.newsum.model.SummarySentence;
import org.newsum.text.AnalyzedCluster;
import org.newsum.text.ClusterAnalyzer;

class AttributionTest {
  /** "Also in" names each other document with its closest sentence, not its first close one (the page jumps there). */
  @Test
  void eachOtherDocumentComesWithItsClosestSentence() {
    AnalyzedCluster cluster = ClusterAnalyzer.standard().analyze(Cluster.of("c", List.of(
        Document.of("a", "The river flooded the valley and rescue teams searched the villages on Monday."),
        Document.of("b", "Rescue teams searched the flooded villages. The river flooded the valley and rescue teams searched the villages."),
        Document.of("c", "The mayor opened a new bridge over the river."))));
    SummarySentence s = new Attribution(0.3).attribute(cluster, List.of(0)).get(0);
    assertThat(s.alsoIn()).containsExactly("b");
    assertThat(s.alsoInSentences()).hasSize(1);
    assertThat(s.alsoInSentences().get(0).text()).isEqualTo("The river flooded the valley and rescue teams searched the villages.");
    assertThat(s.alsoInSentences().get(0).index()).isEqualTo(1);
  }

  /**
   * On random clusters of a small vocabulary (many ties, repeated sentences, sentences of stop
   * words only, a document in another language), each chosen sentence's other documents and
   * closest sentences are those of comparing it with every sentence by {@link
   * org.newsum.text.TermVector#cosine}, the earliest of equal ones winning.
   */
  @Test
  void closestSentencesAreThoseOfComparingWithEverySentence() {
    String[] words = {"river", "flood", "valley", "rescue", "teams", "the", "and", "of", "Berlin", "20", "mayor", "bridge"};
    Random random = new Random(7);
    Attribution attribution = new Attribution(0.3);
    for (int n = 0; n < 200; n++) {
      List<Document> docs = new ArrayList<>();
      for (int d = 0; d < 2 + random.nextInt(5); d++) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < 1 + random.nextInt(6); s++) {
          for (int w = 0; w < 1 + random.nextInt(8); w++) {
            text.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
          }
          text.append(". ");
        }
        Document doc = Document.of("d" + d, text.toString());
        docs.add(d == 1 && n % 3 == 0 ? doc.withLanguage("de") : doc);
      }
      AnalyzedCluster cluster = ClusterAnalyzer.standard().analyze(Cluster.of("c", docs));
      List<Integer> ordered = IntStream.range(0, cluster.size()).boxed().toList();
      List<SummarySentence> attributed = attribution.attribute(cluster, ordered);
      for (int i = 0; i < cluster.size(); i++) {
        assertThat(attributed.get(i).alsoInSentences()).as("cluster %d sentence %d", n, i)
            .isEqualTo(closestByComparingAll(cluster, i, 0.3));
      }
    }
  }

  /** The reference: every other sentence compared, as attribution did before its term index. */
  private static List<Sentence> closestByComparingAll(AnalyzedCluster cluster, int i, double minSimilarity) {
    Map<Integer, Integer> closest = new LinkedHashMap<>();
    Map<Integer, Double> best = new LinkedHashMap<>();
    if (cluster.contentTerms(i).size() == 0) {
      return List.of();
    }
    for (int j = 0; j < cluster.size(); j++) {
      int d = cluster.sentence(j).documentIndex();
      if (d == cluster.sentence(i).documentIndex()) {
        continue;
      }
      double similarity;
      if (cluster.isInSummaryLanguage(d)) {
        double cosine = cluster.contentTerms(i).cosine(cluster.contentTerms(j));
        similarity = cosine >= minSimilarity ? cosine : -1;
      } else {
        double shared = cluster.contentTerms(i).indicator().dot(cluster.contentTerms(j).indicator());
        similarity = shared >= Attribution.MIN_ANCHORS ? shared : -1;
      }
      if (similarity > best.getOrDefault(d, -1.0)) {
        best.put(d, similarity);
        closest.put(d, j);
      }
    }
    return IntStream.range(0, cluster.documentCount()).filter(closest::containsKey)
        .mapToObj(d -> cluster.sentence(closest.get(d))).toList();
  }

  @Test
  void aThresholdOfZeroOrLessIsRefused() {
    assertThatThrownBy(() -> new Attribution(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
