package org.newsum.internal.summarizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsum.Newsum;
import org.newsum.SharedData;
import org.newsum.documents.ClusterJsonlReader;
import org.newsum.documents.ClusterRecord;
import org.newsum.internal.text.ScatteredTerms;
import org.newsum.summarizers.ConceptCoverageOptions;
import org.newsum.text.AnalyzedCluster;
import org.newsum.text.TermVector;

class RedundancyTest {
  private static final double MAX_SIMILARITY = ConceptCoverageOptions.defaults().maxSimilarity();

  /**
   * Issue 14.2, on DUC 2004 d30051t, where the summary said both: the lead of document 4 (the
   * tribunal acquitted the commander and convicted three underlings) is restated, below the cosine
   * threshold, by its second sentence (the tribunal cleared him, by name); the leads of documents
   * 8 (the tribunal's president criticized Belgrade) and 9 (a crowd welcomed him home) share the
   * story but not the fact.
   */
  @Test
  void paraphrasesOfTheSameVerdictRepeatEachOtherOnDuc2004() {
    AnalyzedCluster cluster;
    try (ClusterJsonlReader reader = ClusterJsonlReader.open(SharedData.require("data/duc2004.jsonl"))) {
      ClusterRecord record = null;
      while (reader.hasNext() && (record == null || !record.cluster().id().equals("d30051t"))) {
        record = reader.next();
      }
      cluster = Newsum.standard().analyze(record.cluster());
    }
    TermVector verdict = sentence(cluster, 4, 0);
    TermVector paraphrase = sentence(cluster, 4, 1);
    assertThat(verdict.cosine(paraphrase)).isLessThan(MAX_SIMILARITY);
    assertThat(Redundancy.repeats(verdict, paraphrase, MAX_SIMILARITY)).isTrue();
    assertThat(Redundancy.repeats(verdict, sentence(cluster, 8, 0), MAX_SIMILARITY)).isFalse();
    assertThat(Redundancy.repeats(verdict, sentence(cluster, 9, 0), MAX_SIMILARITY)).isFalse();
  }

  @Test
  void sameFactNeedsEnoughSharedTermsCoveringHalfTheShorterSentence() {
    TermVector seven = TermVector.ofTerms(new int[] {1, 2, 3, 4, 5, 6, 7}, t -> 1);
    TermVector twelve = TermVector.ofTerms(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, t -> 1);
    TermVector sixOfSeven = TermVector.ofTerms(new int[] {1, 2, 3, 4, 5, 6, 20}, t -> 1);
    TermVector fourteen = TermVector.ofTerms(new int[] {1, 2, 3, 4, 5, 6, 7, 21, 22, 23, 24, 25, 26, 27}, t -> 1);
    assertThat(Redundancy.statesSameFact(seven, twelve)).isTrue();
    assertThat(Redundancy.statesSameFact(seven, sixOfSeven)).isFalse(); // six shared terms are too few
    assertThat(Redundancy.statesSameFact(fourteen, TermVector.ofTerms(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
        13, 14}, t -> 1))).isTrue(); // 7 of 14
    TermVector sixteen = TermVector.ofTerms(new int[] {1, 2, 3, 4, 5, 6, 7, 21, 22, 23, 24, 25, 26, 27, 28, 29}, t -> 1);
    assertThat(Redundancy.statesSameFact(TermVector.ofTerms(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        t -> 1), sixteen)).isFalse(); // 7 of 15
  }

  @Test
  void aScatteredSentenceGivesTheCosineAndRepeatsOfTheMergeBitForBit() {
    Random random = new Random(11);
    TermVector[] vectors = new TermVector[60];
    for (int v = 0; v < vectors.length; v++) {
      // Few term ids, so that vectors share terms; some vectors empty, some with ids beyond others'.
      int[] terms = random.ints(random.nextInt(16), 0, 10 + random.nextInt(40)).toArray();
      vectors[v] = TermVector.ofTerms(terms, t -> 0.5 + random.nextInt(4) / 3.0);
    }
    ScatteredTerms scattered = new ScatteredTerms();
    for (int trial = 0; trial < 3000; trial++) {
      TermVector a = vectors[random.nextInt(vectors.length)];
      TermVector b = vectors[random.nextInt(vectors.length)];
      double threshold = random.nextDouble();
      assertThat(scattered.of(a).cosine(b)).isEqualTo(a.cosine(b));
      assertThat(Redundancy.repeats(scattered.of(a), b, threshold)).isEqualTo(Redundancy.repeats(a, b, threshold));
    }
  }

  private static TermVector sentence(AnalyzedCluster cluster, int document, int index) {
    for (int i = 0; i < cluster.size(); i++) {
      if (cluster.sentence(i).documentIndex() == document && cluster.sentence(i).index() == index) {
        return cluster.contentTerms(i);
      }
    }
    throw new AssertionError("no sentence " + index + " in document " + document);
  }
}
