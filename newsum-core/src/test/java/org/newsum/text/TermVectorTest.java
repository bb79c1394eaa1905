package org.newsum.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.newsum.model.Cluster;
import org.newsum.model.Document;

class TermVectorTest {
  /**
   * A sentence's content-term vector built by insertion (short sentences) is the one built by
   * sorting its terms and counting them (long sentences): the same ids in the same order, the same
   * counts; on random sentences of 1 to 60 words from a small vocabulary (many repeats, stop words).
   */
  @Test
  void insertionAndSortingGiveTheSameVector() {
    String[] words = {"the", "of", "flood", "river", "floods", "valley", "rescue", "and", "teams", "mayor", "bridge",
        "20", "Berlin", "it", "rivers", "said"};
    Random random = new Random(11);
    List<Document> docs = new ArrayList<>();
    for (int d = 0; d < 40; d++) {
      StringBuilder text = new StringBuilder();
      for (int w = 1 + random.nextInt(60); w > 0; w--) {
        text.append(words[random.nextInt(words.length)]).append(' ');
      }
      docs.add(Document.of("d" + d, text.append('.').toString()));
    }
    AnalyzedCluster cluster = ClusterAnalyzer.standard().analyze(Cluster.of("c", docs));
    assertThat(IntStream.range(0, cluster.size()).map(i -> cluster.terms(i).length).max().orElse(0)).isGreaterThan(48);
    for (int i = 0; i < cluster.size(); i++) {
      TermVector built = TermVector.contentTermFrequencies(cluster.terms(i), cluster.vocabulary());
      TermVector sorted = TermVector.longContentTermFrequencies(cluster.terms(i), cluster.vocabulary());
      assertThat(entries(built)).as("sentence %d", i).isEqualTo(entries(sorted));
      assertThat(built.norm()).isEqualTo(sorted.norm());
    }
  }

  private static List<String> entries(TermVector v) {
    return IntStream.range(0, v.size()).mapToObj(k -> v.termAt(k) + "=" + v.weightAt(k)).toList();
  }
}
