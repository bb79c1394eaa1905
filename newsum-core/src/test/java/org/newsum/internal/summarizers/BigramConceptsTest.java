package org.newsum.internal.summarizers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.summarizers.ConceptWeights;
import org.newsum.text.AnalyzedCluster;
import org.newsum.text.ClusterAnalyzer;

class BigramConceptsTest {
  private static final String FIRST = "Storm floods coastal town.";
  private static final String SECOND = "Volunteers hand blankets families.";
  private static final String THIRD = "Mayor promises school funding.";

  @Test
  void earlyMentionsWeighMoreInGenericClustersOnly() {
    List<Document> docs = List.of(Document.of("a", FIRST + " " + SECOND + " " + THIRD), Document.of("b", FIRST + " " + SECOND));

    BigramConcepts generic = concepts(Cluster.of("g", docs));
    BigramConcepts focused = concepts(new Cluster("q", docs, "What did the mayor promise about school funding?"));

    assertThat(contentWeight(generic, 0)).isGreaterThan(contentWeight(generic, 1));
    assertThat(contentWeight(focused, 0)).isCloseTo(contentWeight(focused, 1), within(1e-9));
  }

  @Test
  void leadPriorGrowsAsTheNumberOfDocumentsShrinks() {
    double fewDocuments = leadShareOfFirstSentence(2);
    double manyDocuments = leadShareOfFirstSentence(8);

    ConceptWeights standard = ConceptWeights.defaults();
    assertThat(fewDocuments).isCloseTo(standard.leadWeight() / 2, within(1e-9));
    assertThat(manyDocuments).isCloseTo(standard.leadWeight() / 8, within(1e-9));
  }

  @Test
  void leadPriorOnlyWithoutAQuery() {
    List<Document> docs = List.of(Document.of("a", FIRST + " " + THIRD), Document.of("b", FIRST + " " + THIRD));
    BigramConcepts generic = concepts(Cluster.of("g", docs));
    BigramConcepts focused = concepts(new Cluster("q", docs, "What did the mayor promise about school funding?"));

    assertThat(generic.weights()).hasSize(generic.sharedConcepts() + 4);

    assertThat(focused.weights()).hasSize(focused.sharedConcepts());
  }

  @Test
  void documentOfEachSentenceFollowsFromTheDocumentsSentenceCounts() {
    AnalyzedCluster cluster = ClusterAnalyzer.standard().analyze(Cluster.of("g", List.of(
        Document.of("a", FIRST + " " + SECOND), Document.of("b", THIRD), Document.of("c", SECOND + " " + FIRST + " " + THIRD))));

    int[] expected = cluster.sentences().stream().mapToInt(s -> s.documentIndex()).toArray();
    assertThat(expected).containsExactly(0, 0, 1, 2, 2, 2);
    assertThat(BigramConcepts.documentOf(cluster)).containsExactly(expected);
  }

  @Test
  void documentsWeighByTheirShareOfSentencesThatAnswerTheQuery() {
    String answer = "The mayor promised school funding on Monday.";
    List<Document> docs = List.of(
        Document.of("answers", answer + " " + FIRST),
        Document.of("half", FIRST + " " + SECOND + " " + answer + " Crews cleared debris from roads."),
        Document.of("silent", FIRST + " " + SECOND));
    String query = "What did the mayor promise about school funding?";

    AnalyzedCluster focused = ClusterAnalyzer.standard().analyze(new Cluster("q", docs, query));
    AnalyzedCluster generic = ClusterAnalyzer.standard().analyze(Cluster.of("g", docs));

    // shares 1/2, 1/4 and 0, mean 1/4
    assertThat(BigramConcepts.documentRelevance(focused, 2, 1)).containsExactly(new double[] {2, 1, 0}, within(1e-9));
    assertThat(BigramConcepts.documentRelevance(focused, 2, 0.5))
        .containsExactly(new double[] {Math.sqrt(2), 1, 0}, within(1e-9));
    assertThat(BigramConcepts.documentRelevance(generic, 2, 0.5)).containsExactly(1, 1, 1);
  }

  @Test
  void withAQueryConceptsOfAnsweringDocumentsWeighMore() {
    String answer = "The mayor promised school funding on Monday.";
    List<Document> docs = List.of(
        Document.of("a", answer + " " + FIRST),
        Document.of("b", answer + " " + FIRST),
        Document.of("c", SECOND + " Crews cleared debris from roads."),
        Document.of("d", SECOND + " Crews cleared debris from roads."));
    BigramConcepts focused = concepts(new Cluster("q", docs, "What did the mayor promise about school funding?"));

    int storm = 1; // FIRST in document a, used by two documents that answer the query
    int volunteers = 4; // SECOND in document c, used by two documents that do not
    assertThat(contentWeight(focused, storm)).isGreaterThan(contentWeight(focused, volunteers));
  }

  /** The weight of sentence 0's own (lead prior) concept relative to its content concepts. */
  @Test
  void conceptsTheHistoryUsesLoseWeightInProportionToItsDocumentsThatUseThem() {
    String query = "What did the storm and the volunteers do?";
    List<Document> docs = List.of(Document.of("a", FIRST + " " + SECOND), Document.of("b", FIRST + " " + SECOND));
    List<Document> history = List.of(Document.of("h1", FIRST), Document.of("h2", "Storm floods coastal town again."));
    BigramConcepts plain = concepts(new Cluster("q", docs, query));
    BigramConcepts update = concepts(new Cluster("q", docs, query, history));

    double kept = ConceptWeights.defaults().historyWeight();
    assertThat(kept).isLessThan(1);
    int[] first = shared(update, 0);
    assertThat(first).isEqualTo(plain.conceptsOf(0));
    // with history, mentions count by position even with a query: the first sentence weighs 1 + 2 per document
    double position = 1 + ConceptWeights.defaults().positionWeight();
    for (int c : first) {
      // "storm floods", "floods coastal", "coastal town" and their words: in both history documents
      assertThat(update.weights()[c]).isCloseTo(plain.weights()[c] * position * kept, within(1e-9));
    }
    for (int c : shared(update, 1)) {
      // nothing of the second sentence was read: position only (1 + 2/2 per document)
      assertThat(update.weights()[c]).isCloseTo(plain.weights()[c] * 2, within(1e-9));
    }
  }

  @Test
  void withAHistoryEachSentenceCarriesAConceptOfItsOwnWorthAShareOfItsWords() {
    String query = "What did the storm and the volunteers do?";
    List<Document> docs = List.of(Document.of("a", FIRST + " " + SECOND), Document.of("b", FIRST + " " + SECOND));
    List<Document> history = List.of(Document.of("h1", "Storm floods coastal town again."));
    BigramConcepts plain = concepts(new Cluster("q", docs, query));
    BigramConcepts update = concepts(new Cluster("q", docs, query, history));

    double share = ConceptWeights.defaults().historySentenceWeight();
    assertThat(share).isPositive();
    for (int i = 0; i < 2; i++) {
      assertThat(shared(plain, i)).isEqualTo(plain.conceptsOf(i)); // without a history, a query-focused sentence has none
      int[] all = update.conceptsOf(i);
      int own = all[all.length - 1];
      assertThat(own).isGreaterThanOrEqualTo(update.sharedConcepts());
      double words = Arrays.stream(shared(update, i)).mapToDouble(c -> update.weights()[c]).sum();
      assertThat(update.weights()[own]).isCloseTo(share * words, within(1e-9));
    }
  }

  /** Sentence {@code i}'s word concepts (its own prior concept left out). */
  private static int[] shared(BigramConcepts concepts, int i) {
    return Arrays.stream(concepts.conceptsOf(i)).filter(c -> c < concepts.sharedConcepts()).toArray();
  }

  @Test
  void aConceptOneOfTwoHistoryDocumentsUsesKeepsHalfwayBetween() {
    List<Document> docs = List.of(Document.of("a", FIRST), Document.of("b", FIRST));
    List<Document> history = List.of(Document.of("h1", FIRST), Document.of("h2", THIRD));
    BigramConcepts plain = concepts(Cluster.of("g", docs));
    BigramConcepts update = concepts(new Cluster("g", docs, null, history));

    double kept = ConceptWeights.defaults().historyWeight();
    for (int c : update.conceptsOf(0)) {
      if (c < update.sharedConcepts()) {
        assertThat(update.weights()[c]).isCloseTo(plain.weights()[c] * (1 - (1 - kept) / 2), within(1e-9));
      }
    }
  }

  private static double leadShareOfFirstSentence(int documents) {
    List<Document> docs = new ArrayList<>();
    for (int d = 0; d < documents; d++) {
      docs.add(Document.of("d" + d, FIRST + " " + SECOND));
    }
    BigramConcepts concepts = concepts(Cluster.of("c", docs));
    int[] own = concepts.conceptsOf(0);
    double prior = concepts.weights()[own[own.length - 1]];
    return prior / contentWeight(concepts, 0);
  }

  /** The summed weight of sentence {@code i}'s concepts shared with other sentences (not its lead prior). */
  private static double contentWeight(BigramConcepts concepts, int i) {
    double total = 0;
    for (int c : concepts.conceptsOf(i)) {
      if (c < concepts.sharedConcepts()) {
        total += concepts.weights()[c];
      }
    }
    return total;
  }

  private static BigramConcepts concepts(Cluster cluster) {
    AnalyzedCluster analyzed = ClusterAnalyzer.standard().analyze(cluster);
    return BigramConcepts.of(analyzed, ConceptWeights.defaults(), 2);
  }

  @Test
  void thePublishedConceptWeightsCountDocumentsOnly() {
    AnalyzedCluster storm = TestClusters.storm();
    BigramConcepts published = BigramConcepts.of(storm, ConceptWeights.gillickFavre2009(), 2);
    for (double w : published.weights()) {
      assertThat(w).isEqualTo(Math.rint(w)); // a document count: no position, lead or query weight
    }
  }

  @Test
  void countingInManySmallPartitionsGivesTheConceptsOfOnePass() {
    // 30 documents of sentences drawn from 40 words: bigrams shared by some documents, not all
    java.util.SplittableRandom random = new java.util.SplittableRandom(3);
    String[] words = new String[40];
    for (int w = 0; w < words.length; w++) {
      words[w] = "w" + (char) ('a' + w % 26) + (char) ('a' + w / 26) + "x";
    }
    List<Document> docs = new ArrayList<>();
    List<Document> history = new ArrayList<>();
    for (int d = 0; d < 36; d++) {
      StringBuilder text = new StringBuilder();
      for (int sentence = 0; sentence < 6; sentence++) {
        text.append("The");
        for (int k = 0, n = 5 + random.nextInt(8); k < n; k++) {
          text.append(' ').append(words[Math.min(words.length - 1, (int) (words.length * Math.pow(random.nextDouble(), 2)))]);
        }
        text.append(". ");
      }
      (d < 30 ? docs : history).add(Document.of("d" + d, text.toString()));
    }
    for (Cluster cluster : List.of(Cluster.of("g", docs), new Cluster("u", docs, "wbax wcax", history))) {
      AnalyzedCluster analyzed = ClusterAnalyzer.standard().analyze(cluster);
      BigramConcepts onePass = BigramConcepts.of(analyzed, ConceptWeights.defaults(), 2, false);
      BigramConcepts partitioned = BigramConcepts.of(analyzed, ConceptWeights.defaults(), 2, false, 8);

      assertThat(onePass.sharedConcepts()).isGreaterThan(20);
      assertThat(partitioned.sharedConcepts()).isEqualTo(onePass.sharedConcepts());
      assertThat(partitioned.weights()).containsExactly(onePass.weights());
      for (int i = 0; i < analyzed.size(); i++) {
        int[] terms = analyzed.terms(i);
        int[] everyOther = java.util.stream.IntStream.range(0, terms.length).filter(k -> k % 2 == 0).map(k -> terms[k]).toArray();
        assertThat(partitioned.conceptsOf(i)).containsExactly(onePass.conceptsOf(i));
        // A sentence's concepts as built (ids by first mention, the first-mentioned ones not sorted) are those its
        // terms look up, sorted and distinct.
        assertThat(onePass.conceptsOf(i)).containsExactly(onePass.conceptsOf(i, terms));
        assertThat(partitioned.conceptsOf(i, everyOther)).containsExactly(onePass.conceptsOf(i, everyOther));
      }
    }
  }

  @Test
  void eachSentencesConceptsAreThoseItsTermsLookUpWhenThousandsOfConceptsAreKept() {
    // 12 documents over 4,500 words, each document all 1,500 words of its residue mod 3 in a shuffled order: every
    // word is in 4 documents, a kept concept, so later sentences mention concepts numbered before them across
    // thousands of ids
    java.util.SplittableRandom random = new java.util.SplittableRandom(5);
    List<Document> docs = new ArrayList<>();
    for (int d = 0; d < 12; d++) {
      int[] order = java.util.stream.IntStream.range(0, 1500).map(k -> 3 * k + docs.size() % 3).toArray();
      for (int k = order.length - 1; k > 0; k--) {
        int swap = random.nextInt(k + 1);
        int w = order[k];
        order[k] = order[swap];
        order[swap] = w;
      }
      StringBuilder text = new StringBuilder();
      for (int k = 0; k < order.length; k++) {
        int w = order[k];
        text.append(k % 10 == 0 ? "The" : "").append(" w").append((char) ('a' + w % 26))
            .append((char) ('a' + w / 26 % 26)).append((char) ('a' + w / 676)).append(k % 10 == 9 ? "x. " : "x");
      }
      docs.add(Document.of("d" + d, text.toString()));
    }
    AnalyzedCluster analyzed = ClusterAnalyzer.standard().analyze(Cluster.of("g", docs));
    BigramConcepts concepts = BigramConcepts.of(analyzed, ConceptWeights.defaults(), 2, false);

    assertThat(concepts.sharedConcepts()).isGreaterThan(4096);
    List<int[]> built = new ArrayList<>();
    List<int[]> lookedUp = new ArrayList<>();
    for (int i = 0; i < analyzed.size(); i++) {
      built.add(concepts.conceptsOf(i));
      lookedUp.add(concepts.conceptsOf(i, analyzed.terms(i)));
    }
    assertThat(built).containsExactlyElementsOf(lookedUp);
  }

  @Test
  void aStoryFiledTwiceCountsItsConceptsOnceNotTwice() {
    String story = "Storm floods coastal town after three days of rain. Volunteers hand blankets to families in the town hall.";
    String copy = story + " The mayor thanked them.";
    String other = "Storm floods coastal town, leaving hundreds without power.";
    AnalyzedCluster cluster = ClusterAnalyzer.standard().analyze(Cluster.of("g", List.of(
        Document.of("a", story), Document.of("b", copy), Document.of("c", other))));
    ConceptWeights standard = ConceptWeights.defaults();
    ConceptWeights apart = new ConceptWeights(standard.positionWeight(), standard.queryWeight(), standard.maxMinDocuments(),
        standard.unigramWeight(), standard.leadWeight(), standard.relevanceExponent(), standard.historyWeight(),
        standard.historySentenceWeight(), 0);

    BigramConcepts grouped = BigramConcepts.of(cluster, standard, 2);
    BigramConcepts counted = BigramConcepts.of(cluster, apart, 2);

    // the lead's concepts: the two copies count as one document with "c", which states the same lead
    int lead = 0;
    double[] byGroups = grouped.weights();
    double[] byDocuments = counted.weights();
    int stormFloods = grouped.conceptsOf(lead)[0];
    assertThat(byGroups[stormFloods] / byDocuments[stormFloods]).isCloseTo(2.0 / 3, within(1e-9));
    // what only the copies say weighs as one document, not two
    int hall = TestClusters.indexOf(cluster, "town hall");
    int[] inOther = grouped.conceptsOf(TestClusters.indexOf(cluster, "hundreds"));
    int[] own = Arrays.stream(grouped.conceptsOf(hall))
        .filter(c -> c < grouped.sharedConcepts() && Arrays.stream(inOther).noneMatch(o -> o == c)).toArray();
    assertThat(own).isNotEmpty();
    for (int c : own) {
      assertThat(byGroups[c] / byDocuments[c]).isCloseTo(0.5, within(1e-9));
    }
  }

  @Test
  void sortedDistinctIsTheSortedDistinctPrefixOfRandomArrays() {
    Random random = new Random(13);
    for (int trial = 0; trial < 2000; trial++) {
      int[] values = random.ints(random.nextInt(40), 0, 1 + random.nextInt(30)).toArray();
      int count = values.length == 0 ? 0 : random.nextInt(values.length + 1);
      int[] expected = Arrays.stream(values, 0, count).sorted().distinct().toArray();
      assertThat(BigramConcepts.sortedDistinct(values.clone(), count)).isEqualTo(expected);
    }
  }
}
