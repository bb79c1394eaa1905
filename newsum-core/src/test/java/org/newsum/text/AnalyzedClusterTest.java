package org.newsum.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.newsum.model.Cluster;
import org.newsum.model.Document;

class AnalyzedClusterTest {
  @Test
  void countsTheDistinctQueryTermsOfEachSentence() {
    Document doc = Document.of("d", "The mayor and the mayor's aides met. School funding for schools rose. Rain fell.");
    AnalyzedCluster focused = ClusterAnalyzer.standard().analyze(new Cluster("q", List.of(doc), "mayor school funding"));
    AnalyzedCluster generic = ClusterAnalyzer.standard().analyze(Cluster.of("g", List.of(doc)));

    assertThat(List.of(focused.queryTermCount(0), focused.queryTermCount(1), focused.queryTermCount(2)))
        .containsExactly(1, 2, 0);
    assertThat(generic.queryTermCount(1)).isZero();
    int mayor = focused.terms(0)[1];
    assertThat(focused.isQueryTerm(mayor)).isTrue();
    assertThat(generic.isQueryTerm(mayor)).isFalse();
  }

  @Test
  void queryTermsAreTheDistinctContentTermsTheClusterUsesInQueryOrder() {
    Document doc = Document.of("d", "Schools closed as the mayor's funding plan failed. The mayor blamed the markets.");
    AnalyzedCluster analyzed = ClusterAnalyzer.standard()
        .analyze(new Cluster("q", List.of(doc), "The market, the mayors and school funding: schools, markets, weather?"));
    Vocabulary v = analyzed.vocabulary();

    // stop words and words the cluster lacks ("weather") left out, repeats (by stem) kept once, at their first place
    assertThat(analyzed.queryTerms()).containsExactly(v.find("market"), v.find("mayor"), v.find("school"),
        v.find("fund"));
  }

  @Test
  void measuresHowCloseEachSentenceComesToTheHistory() {
    Document doc = Document.of("d", "The dam broke on Monday. Rain fell on the hills all week. Bakers sold bread.");
    Cluster news = new Cluster("u", List.of(doc), "rain", List.of(
        Document.of("h1", "Rain fell on the hills all week, they said."), Document.of("h2", "The dam broke on Monday.")));
    AnalyzedCluster update = ClusterAnalyzer.standard().analyze(news);
    AnalyzedCluster plain = ClusterAnalyzer.standard().analyze(new Cluster("u", List.of(doc), "rain"));

    assertThat(update.hasHistory()).isTrue();
    assertThat(update.historyDocumentCount()).isEqualTo(2);
    assertThat(update.historySentences()).extracting(s -> s.documentId()).containsExactly("h1", "h2");
    assertThat(update.historySimilarity(0)).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(update.historySimilarity(1)).isEqualTo(update.contentTerms(1).cosine(
        TermVector.contentTermFrequencies(update.historyTerms(0), update.vocabulary())));
    assertThat(update.historySimilarity(1)).isBetween(0.7, 1.0);
    assertThat(update.historySimilarity(2)).isZero();
    // the documents are analysed as without history: the same sentences, terms and query terms
    assertThat(update.sentences()).isEqualTo(plain.sentences());
    assertThat(update.queryTerms()).isEqualTo(plain.queryTerms());
    assertThat(update.documentFrequency(update.terms(0)[1])).isEqualTo(plain.documentFrequency(plain.terms(0)[1]));
    assertThat(plain.hasHistory()).isFalse();
    assertThat(plain.historySimilarity(0)).isZero();
  }

  @Test
  void noSentenceOpensWithABulletOrTheLeftoverOfADateline() {
    String text = "LARAMIE, Wyo. (AP) -- Gay college student Matthew Shepard was beaten to death.\n\n"
        + "-- Australian conservationists threatened to blockade the uranium mine.\n\n"
        + "_ Oprah Winfrey took her show to the Bahamas for a week.";
    AnalyzedCluster analyzed = ClusterAnalyzer.standard().analyze(Cluster.of("c", List.of(Document.of("d", text))));

    assertThat(analyzed.sentences()).extracting(s -> s.text()).contains(
        "Gay college student Matthew Shepard was beaten to death.",
        "Australian conservationists threatened to blockade the uranium mine.",
        "Oprah Winfrey took her show to the Bahamas for a week.");
    assertThat(analyzed.sentences()).allSatisfy(s -> assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text()));
  }

  @Test
  void aContentTermVectorLeftHalfMadeByABadTermIdDoesNotLeakIntoTheNext() {
    AnalyzedCluster analyzed = ClusterAnalyzer.standard().analyze(Cluster.of("c",
        List.of(Document.of("d", "Rain fell on the dam. The dam held the rain and the dam held."))));
    Vocabulary vocabulary = analyzed.vocabulary();
    int[] terms = analyzed.terms(1);
    int[] bad = Arrays.copyOf(terms, terms.length + 1);
    bad[terms.length] = vocabulary.size(); // no such term: fails after the others were counted
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TermVector.contentTermFrequencies(bad, vocabulary))
        .isInstanceOf(IndexOutOfBoundsException.class);
    TermVector again = TermVector.contentTermFrequencies(terms, vocabulary);
    assertThat(again.size()).isEqualTo(analyzed.contentTerms(1).size());
    for (int k = 0; k < again.size(); k++) {
      assertThat(again.termAt(k)).isEqualTo(analyzed.contentTerms(1).termAt(k));
      assertThat(again.weightAt(k)).isEqualTo(analyzed.contentTerms(1).weightAt(k));
    }
    assertThat(IntStream.range(0, again.size()).mapToDouble(again::weightAt).toArray()).containsExactly(1, 2, 2); // rain, dam, held: ids in order of first use
  }

  @Test
  void documentFrequenciesAndContentTermVectorsFollowTheirDefinitionsOnRandomClusters() {
    String[] words = {"the", "of", "and", "it", "was", "mayor", "mayors", "school", "schools", "rain", "river",
        "dam", "budget", "vote", "council", "2024", "bridge", "storm"};
    Random random = new Random(17);
    for (int trial = 0; trial < 60; trial++) {
      List<Document> docs = new ArrayList<>();
      int documents = 1 + random.nextInt(6);
      for (int d = 0; d < documents; d++) {
        StringBuilder text = new StringBuilder();
        for (int s = 0, sentences = 1 + random.nextInt(5); s < sentences; s++) {
          text.append("Today");
          for (int w = 0, n = 3 + random.nextInt(12); w < n; w++) {
            text.append(' ').append(words[random.nextInt(words.length)]);
          }
          text.append(". ");
        }
        docs.add(Document.of("d" + d, text.toString()));
      }
      AnalyzedCluster analyzed = ClusterAnalyzer.standard().analyze(Cluster.of("c" + trial, docs));
      Vocabulary vocabulary = analyzed.vocabulary();
      for (int t = 0; t < vocabulary.size(); t++) {
        int term = t;
        long inDocuments = IntStream.range(0, documents).filter(d -> IntStream.range(0, analyzed.size())
            .anyMatch(i -> analyzed.sentence(i).documentIndex() == d && Arrays.stream(analyzed.terms(i)).anyMatch(x -> x == term)))
            .count();
        assertThat(analyzed.documentFrequency(t)).as("document frequency of %s", vocabulary.stem(t)).isEqualTo(inDocuments);
      }
      for (int i = 0; i < analyzed.size(); i++) {
        TreeMap<Integer, Double> counts = new TreeMap<>();
        for (int t : analyzed.terms(i)) {
          if (!vocabulary.isStopWord(t)) {
            counts.merge(t, 1.0, Double::sum);
          }
        }
        TermVector v = analyzed.contentTerms(i);
        List<Integer> ids = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        double squares = 0;
        for (int k = 0; k < v.size(); k++) {
          ids.add(v.termAt(k));
          weights.add(v.weightAt(k));
        }
        for (double w : counts.values()) {
          squares += w * w;
        }
        assertThat(ids).isEqualTo(new ArrayList<>(counts.keySet()));
        assertThat(weights).isEqualTo(new ArrayList<>(counts.values()));
        assertThat(v.norm()).isEqualTo(Math.sqrt(squares));
      }
    }
  }
}
