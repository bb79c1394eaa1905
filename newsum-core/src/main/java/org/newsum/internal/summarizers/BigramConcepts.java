package org.newsum.internal.summarizers;

import java.util.Arrays;
import org.newsum.internal.text.LongIntMap;
import org.newsum.summarizers.ConceptWeights;
import org.newsum.text.AnalyzedCluster;
import org.newsum.text.Vocabulary;

/**
 * The concepts of a cluster for {@link ConceptCoverageSummarizer}, after Gillick &amp; Favre
 * (2009): stemmed word bigrams within a sentence that are not made only of stop words
 * (optionally also single content words). A concept's weight is the number of documents that
 * use it, each document counting more when it mentions the concept early (news puts the main
 * facts first; generic summaries only), boosted when the concept contains a query word. With a
 * query, each document counts by its share of sentences that answer the query (use at least
 * {@code minQueryWords} distinct query words) relative to the cluster's mean share, dampened by
 * a square root: documents that do not address the question have little say in what matters. In
 * generic summaries each sentence also carries a concept of its own, a prior for leading
 * sentences that is stronger when the cluster has few documents. Concepts used by fewer than
 * {@code min(maxMinDocuments, ceil(documents / 3))} documents are dropped: they are one
 * outlet's detail, not the story. Immutable.
 */
final class BigramConcepts {
  private static final long NO_WORD = 0xffffffffL;

  private final int[][] sentenceConcepts;
  private final double[] weights;
  private final int sharedConcepts;

  private BigramConcepts(int[][] sentenceConcepts, double[] weights, int sharedConcepts) {
    this.sentenceConcepts = sentenceConcepts;
    this.weights = weights;
    this.sharedConcepts = sharedConcepts;
  }

  /**
   * The concepts of {@code cluster}; with a query, a sentence answers it when it uses
   * {@code minQueryWords} distinct query words.
   */
  static BigramConcepts of(AnalyzedCluster cluster, ConceptWeights weighting, int minQueryWords) {
    Builder builder = new Builder(cluster, weighting,
        documentRelevance(cluster, minQueryWords, weighting.relevanceExponent()));
    for (int i = 0; i < cluster.size(); i++) {
      builder.addSentence(i);
    }
    return builder.build();
  }

  /**
   * Each document's weight: 1 without a query; with one, its share of sentences that answer
   * the query divided by the mean share over the cluster's documents, to the power
   * {@code exponent} (all 1 when no sentence answers it).
   */
  static double[] documentRelevance(AnalyzedCluster cluster, int minQueryWords, double exponent) {
    double[] relevance = new double[cluster.documentCount()];
    if (cluster.queryTerms().length == 0) {
      Arrays.fill(relevance, 1);
      return relevance;
    }
    for (int i = 0; i < cluster.size(); i++) {
      if (cluster.queryTermCount(i) >= minQueryWords) {
        relevance[cluster.sentence(i).documentIndex()]++;
      }
    }
    double meanShare = 0;
    for (int d = 0; d < relevance.length; d++) {
      relevance[d] /= Math.max(1, cluster.documentSentenceCount(d));
      meanShare += relevance[d] / relevance.length;
    }
    for (int d = 0; d < relevance.length; d++) {
      relevance[d] = meanShare > 0 ? Math.pow(relevance[d] / meanShare, exponent) : 1;
    }
    return relevance;
  }

  /** The distinct concept ids of sentence {@code i}, ascending. Do not modify. */
  int[] conceptsOf(int i) {
    return sentenceConcepts[i];
  }

  /** The weight of every concept id. Do not modify. */
  double[] weights() {
    return weights;
  }

  /** Concept ids below this are word concepts; the ids from it on are per-sentence lead priors. */
  int sharedConcepts() {
    return sharedConcepts;
  }

  /** Collects concept statistics sentence by sentence (in document order), then prunes them. */
  private static final class Builder {
    private final AnalyzedCluster cluster;
    private final ConceptWeights weighting;
    private final Vocabulary vocabulary;
    private final double[] documentWeight;
    private final double positionWeight;
    private final LongIntMap ids = new LongIntMap(16384);
    private final int[][] raw;
    private int[] df = new int[64];
    private int[] lastDocument = new int[64];
    private double[] weight = new double[64];
    private int[] sentenceBuffer = new int[64];
    private int bufferSize;

    Builder(AnalyzedCluster cluster, ConceptWeights weighting, double[] documentWeight) {
      this.cluster = cluster;
      this.weighting = weighting;
      this.documentWeight = documentWeight;
      this.vocabulary = cluster.vocabulary();
      this.raw = new int[cluster.size()][];
      this.positionWeight = cluster.queryTerms().length == 0 ? weighting.positionWeight() : 0;
    }

    void addSentence(int i) {
      int[] terms = cluster.terms(i);
      int document = cluster.sentence(i).documentIndex();
      double mention = documentWeight[document] * (1 + positionWeight / (cluster.sentence(i).index() + 1));
      bufferSize = 0;
      for (int k = 0; k < terms.length; k++) {
        int a = terms[k];
        if (weighting.unigramWeight() > 0 && !vocabulary.isStopWord(a)) {
          double query = cluster.isQueryTerm(a) ? 1 : 0;
          add(((long) a << 32) | NO_WORD, document, mention * weighting.unigramWeight() * (1 + weighting.queryWeight() * query));
        }
        if (k + 1 < terms.length) {
          int b = terms[k + 1];
          if (!vocabulary.isStopWord(a) || !vocabulary.isStopWord(b)) {
            double query = ((cluster.isQueryTerm(a) ? 1 : 0) + (cluster.isQueryTerm(b) ? 1 : 0)) / 2.0;
            add(((long) a << 32) | b, document, mention * (1 + weighting.queryWeight() * query));
          }
        }
      }
      raw[i] = Arrays.copyOf(sentenceBuffer, bufferSize);
    }

    private void add(long key, int document, double mentionWeight) {
      int id = ids.idOf(key);
      if (id == df.length) {
        df = Arrays.copyOf(df, 2 * id);
        lastDocument = Arrays.copyOf(lastDocument, 2 * id);
        weight = Arrays.copyOf(weight, 2 * id);
      }
      if (df[id] == 0 || lastDocument[id] != document) {
        df[id]++;
        lastDocument[id] = document;
        weight[id] += mentionWeight; // sentences come in document order: this is the first mention
      }
      if (bufferSize == sentenceBuffer.length) {
        sentenceBuffer = Arrays.copyOf(sentenceBuffer, 2 * bufferSize);
      }
      sentenceBuffer[bufferSize++] = id;
    }

    BigramConcepts build() {
      double leadWeight = cluster.queryTerms().length == 0 ? weighting.leadWeight() / cluster.documentCount() : 0;
      int minDf = Math.min(weighting.maxMinDocuments(), (cluster.documentCount() + 2) / 3);
      int[] dense = new int[ids.size()];
      int kept = 0;
      for (int id = 0; id < dense.length; id++) {
        dense[id] = df[id] >= minDf ? kept++ : -1;
      }
      double[] weights = new double[kept + (leadWeight > 0 ? raw.length : 0)];
      for (int id = 0; id < dense.length; id++) {
        if (dense[id] >= 0) {
          weights[dense[id]] = weight[id];
        }
      }
      int[][] sentenceConcepts = new int[raw.length][];
      for (int i = 0; i < raw.length; i++) {
        int[] mapped = new int[raw[i].length];
        int count = 0;
        for (int id : raw[i]) {
          if (dense[id] >= 0) {
            mapped[count++] = dense[id];
          }
        }
        Arrays.sort(mapped, 0, count);
        int distinct = 0;
        for (int k = 0; k < count; k++) {
          if (distinct == 0 || mapped[distinct - 1] != mapped[k]) {
            mapped[distinct++] = mapped[k];
          }
        }
        sentenceConcepts[i] = Arrays.copyOf(mapped, distinct);
        if (leadWeight > 0 && distinct > 0) {
          int own = kept + i;
          double content = 0;
          for (int c : sentenceConcepts[i]) {
            content += weights[c];
          }
          weights[own] = leadWeight * content / (cluster.sentence(i).index() + 1);
          sentenceConcepts[i] = Arrays.copyOf(sentenceConcepts[i], distinct + 1);
          sentenceConcepts[i][distinct] = own;
        }
      }
      return new BigramConcepts(sentenceConcepts, weights, kept);
    }
  }
}
