package org.newsum.internal.text;

import java.util.Arrays;
import org.newsum.text.AnalyzedCluster;
import org.newsum.text.TermVector;
import org.newsum.text.Vocabulary;

/**
 * Cluster-wide statistics of the content (non-stop) terms, shared by the frequency- and
 * tf-idf-based methods: how often each term occurs in the cluster, the unigram distribution
 * these counts define, and an inverse sentence frequency ({@code idf = ln(N / sf)}, sentences
 * taken as the documents, since a cluster of a few articles is too small a corpus for
 * document idf). Stop words count 0 everywhere. Immutable.
 */
public final class TermStatistics {
  private final int[][] contentTerms;
  private final int[] counts;
  private final long total;
  private final double[] idf;

  private TermStatistics(int[][] contentTerms, int[] counts, long total, double[] idf) {
    this.contentTerms = contentTerms;
    this.counts = counts;
    this.total = total;
    this.idf = idf;
  }

  /** Counts the content terms of every sentence of {@code cluster}. */
  public static TermStatistics of(AnalyzedCluster cluster) {
    Vocabulary vocabulary = cluster.vocabulary();
    int vocab = vocabulary.size();
    int[] counts = new int[vocab];
    int[] sentenceFrequency = new int[vocab];
    int[] lastSentence = new int[vocab];
    Arrays.fill(lastSentence, -1);
    long total = 0;
    int[][] contentTerms = new int[cluster.size()][];
    for (int i = 0; i < cluster.size(); i++) {
      contentTerms[i] = Arrays.stream(cluster.terms(i)).filter(t -> !vocabulary.isStopWord(t)).toArray();
      for (int t : contentTerms[i]) {
        counts[t]++;
        total++;
        if (lastSentence[t] != i) {
          lastSentence[t] = i;
          sentenceFrequency[t]++;
        }
      }
    }
    double[] idf = new double[vocab];
    for (int t = 0; t < vocab; t++) {
      idf[t] = sentenceFrequency[t] == 0 ? 0 : Math.log((double) cluster.size() / sentenceFrequency[t]);
    }
    return new TermStatistics(contentTerms, counts, total, idf);
  }

  /** The content-term ids of sentence {@code i} in text order, repeats kept. Do not modify. */
  public int[] contentTerms(int i) {
    return contentTerms[i];
  }

  /** Occurrences of the term in the cluster (0 for stop words). */
  public int count(int termId) {
    return counts[termId];
  }

  /** Occurrences of all content terms in the cluster. */
  public long total() {
    return total;
  }

  /** The term's share of all content-term occurrences: the cluster's unigram distribution. */
  public double probability(int termId) {
    return total == 0 ? 0 : (double) counts[termId] / total;
  }

  /** Inverse sentence frequency {@code ln(N / sf)} of the term; 0 for stop words. */
  public double idf(int termId) {
    return idf[termId];
  }

  /** One more than the largest term id: the length of arrays indexed by term id. */
  public int vocabularySize() {
    return counts.length;
  }

  /** Number of distinct content terms of the cluster. */
  public int distinctTerms() {
    int distinct = 0;
    for (int c : counts) {
      if (c > 0) {
        distinct++;
      }
    }
    return distinct;
  }

  /** The tf-idf vector of sentence {@code i}'s content terms. */
  public TermVector tfIdf(int i) {
    return TermVector.ofTerms(contentTerms[i], t -> idf[t]);
  }

  /** The tf-idf vectors of all sentences, indexed like the cluster's sentences. */
  public TermVector[] tfIdfVectors() {
    TermVector[] vectors = new TermVector[contentTerms.length];
    for (int i = 0; i < vectors.length; i++) {
      vectors[i] = tfIdf(i);
    }
    return vectors;
  }
}
