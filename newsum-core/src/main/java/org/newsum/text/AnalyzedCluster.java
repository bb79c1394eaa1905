package org.newsum.text;

import java.util.Arrays;
import java.util.List;
import org.newsum.internal.text.SentenceShape;
import org.newsum.internal.text.TermPostings;
import org.newsum.model.Budget;
import org.newsum.model.Characters;
import org.newsum.model.Cluster;
import org.newsum.model.Sentence;

/**
 * A cluster after text analysis: its sentences (spans into the documents), each sentence's
 * terms as ids of a shared {@link Vocabulary}, and corpus statistics. This is what every
 * summarizer reads, with the sentences of the cluster's history (what the reader has already
 * read) in the same vocabulary. Immutable after construction; build it with {@link ClusterAnalyzer}.
 */
public final class AnalyzedCluster {
  private final Cluster cluster;
  private final String language;
  private final boolean[] documentInLanguage;
  private final List<Sentence> sentences;
  private final int[][] terms;
  private final int[] wordCounts;
  private final int[] documentSentenceCounts;
  private final boolean[] documentPunctuated;
  private final int[] documentFrequency;
  private final int[] queryTerms;
  private final boolean[] isQueryTerm;
  private final int[] queryTermCounts;
  private final Vocabulary vocabulary;
  private final TermVector[] contentTerms;
  private final List<Sentence> historySentences;
  private final int[][] historyTerms;
  private final double[] historySimilarity;

  /** {@code wordCounts}: each sentence's {@link Characters#countWords}, or -1 where it is to be counted here. */
  AnalyzedCluster(Cluster cluster, String language, List<Sentence> sentences, int[][] terms, int[] wordCounts,
      int[] documentSentenceCounts, int[] documentFrequency, int[] queryTerms, Vocabulary vocabulary,
      List<Sentence> historySentences, int[][] historyTerms) {
    this.cluster = cluster;
    this.language = language;
    this.documentInLanguage = new boolean[cluster.documents().size()];
    for (int d = 0; d < documentInLanguage.length; d++) {
      String own = cluster.documents().get(d).language();
      documentInLanguage[d] = own == null || own.equals(language) || own.equals(LanguageDetector.UNKNOWN)
          || language.equals(LanguageDetector.UNKNOWN);
    }
    this.sentences = List.copyOf(sentences);
    this.terms = terms;
    this.documentSentenceCounts = documentSentenceCounts;
    this.documentFrequency = documentFrequency;
    this.queryTerms = queryTerms;
    this.vocabulary = vocabulary;
    this.wordCounts = wordCounts;
    this.documentPunctuated = new boolean[documentSentenceCounts.length];
    for (int i = 0; i < wordCounts.length; i++) {
      Sentence s = sentences.get(i);
      if (wordCounts[i] < 0) {
        wordCounts[i] = Characters.countWords(s.text());
      }
      documentPunctuated[s.documentIndex()] |= SentenceShape.endsLikeSentence(s.text());
    }
    this.isQueryTerm = new boolean[vocabulary.size()];
    for (int q : queryTerms) {
      isQueryTerm[q] = true;
    }
    this.queryTermCounts = countQueryTerms(terms, queryTerms.length, isQueryTerm);
    this.contentTerms = new TermVector[terms.length];
    for (int i = 0; i < terms.length; i++) {
      contentTerms[i] = TermVector.contentTermFrequencies(terms[i], vocabulary);
    }
    this.historySentences = List.copyOf(historySentences);
    this.historyTerms = historyTerms;
    this.historySimilarity = maxCosines(contentTerms, historyTerms, vocabulary);
  }

  /**
   * For each sentence, its largest content-word cosine with a history sentence (all 0 without
   * history), through an inverted index of the history's content terms: only pairs that share a
   * term are visited.
   */
  private static double[] maxCosines(TermVector[] sentences, int[][] historyTerms, Vocabulary vocabulary) {
    double[] best = new double[sentences.length];
    if (historyTerms.length == 0) {
      return best;
    }
    TermVector[] history = new TermVector[historyTerms.length];
    for (int h = 0; h < history.length; h++) {
      history[h] = TermVector.contentTermFrequencies(historyTerms[h], vocabulary);
    }
    TermPostings postings = new TermPostings(history, vocabulary.size());
    double[] dot = new double[history.length];
    int[] touched = new int[history.length];
    for (int i = 0; i < sentences.length; i++) {
      TermVector v = sentences[i];
      int count = postings.addDots(v, dot, touched, 0);
      for (int c = 0; c < count; c++) {
        int h = touched[c];
        best[i] = Math.max(best[i], dot[h] / (v.norm() * history[h].norm()));
        dot[h] = 0;
      }
    }
    return best;
  }

  /** For each sentence, the number of distinct query terms it uses (all 0 without a query). */
  private static int[] countQueryTerms(int[][] terms, int queryLength, boolean[] isQueryTerm) {
    int[] counts = new int[terms.length];
    if (queryLength == 0) {
      return counts;
    }
    int[] lastSeenIn = new int[isQueryTerm.length];
    Arrays.fill(lastSeenIn, -1);
    for (int i = 0; i < terms.length; i++) {
      for (int t : terms[i]) {
        if (isQueryTerm[t] && lastSeenIn[t] != i) {
          lastSeenIn[t] = i;
          counts[i]++;
        }
      }
    }
    return counts;
  }

  /**
   * The cluster's language, the one its summary is in: the majority of its documents' languages
   * (each document's is in {@link #cluster()}), or {@link LanguageDetector#UNKNOWN}.
   */
  public String language() {
    return language;
  }

  /**
   * Whether document {@code documentIndex} is in the cluster's {@link #language()} (or either is
   * not known): only such documents' sentences go into the summary, the others are evidence.
   */
  public boolean isInSummaryLanguage(int documentIndex) {
    return documentInLanguage[documentIndex];
  }

  public Cluster cluster() {
    return cluster;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public Sentence sentence(int i) {
    return sentences.get(i);
  }

  public int size() {
    return sentences.size();
  }

  /**
   * All term ids of sentence {@code i} in order, stop words included (check
   * {@link Vocabulary#isStopWord}). The array is shared: do not modify it.
   */
  public int[] terms(int i) {
    return terms[i];
  }

  /**
   * Term-frequency vector of the content (non-stop) terms of sentence {@code i}: built once with
   * the analysis, shared by selection (similarity, redundancy) and attribution.
   */
  public TermVector contentTerms(int i) {
    return contentTerms[i];
  }

  /** Whitespace-separated words of sentence {@code i}, as budgets and ROUGE count them. */
  public int wordCount(int i) {
    return wordCounts[i];
  }

  /** The cost of sentence {@code i} in {@code budget}'s unit ({@link Budget#cost}), words counted once by the analysis. */
  public int cost(int i, Budget budget) {
    return budget.unit() == Budget.Unit.WORDS ? wordCounts[i] : budget.cost(sentences.get(i).text());
  }

  /** Number of sentences of the document at {@code documentIndex}. */
  public int documentSentenceCount(int documentIndex) {
    return documentSentenceCounts[documentIndex];
  }

  /**
   * Whether any sentence of the document at {@code documentIndex} ends with sentence
   * punctuation; false for text without punctuation (transcripts, keyword lists, some scrapes).
   */
  public boolean hasPunctuatedSentences(int documentIndex) {
    return documentPunctuated[documentIndex];
  }

  public int documentCount() {
    return documentSentenceCounts.length;
  }

  /** Number of documents of the cluster whose text contains the term. */
  public int documentFrequency(int termId) {
    return documentFrequency[termId];
  }

  /** Content term ids of the query (empty for a generic summary). Do not modify. */
  public int[] queryTerms() {
    return queryTerms;
  }

  /** Whether the term is one of the {@linkplain #queryTerms query terms}. */
  public boolean isQueryTerm(int termId) {
    return isQueryTerm[termId];
  }

  /** Number of distinct {@linkplain #queryTerms query terms} that sentence {@code i} uses. */
  public int queryTermCount(int i) {
    return queryTermCounts[i];
  }

  /** Whether the cluster has a {@linkplain Cluster#history() history}: documents the reader has already read. */
  public boolean hasHistory() {
    return !historySentences.isEmpty();
  }

  /**
   * The sentences of the history's documents (their {@link Sentence#documentIndex()} counts
   * within {@link Cluster#history()}); never candidates for a summary, only what it should not
   * repeat.
   */
  public List<Sentence> historySentences() {
    return historySentences;
  }

  /** All term ids of history sentence {@code h}, as {@link #terms} gives them for the documents. Do not modify. */
  public int[] historyTerms(int h) {
    return historyTerms[h];
  }

  /** Number of history documents. */
  public int historyDocumentCount() {
    return cluster.history().size();
  }

  /**
   * The largest content-word cosine (as {@link TermVector#cosine} of {@link #contentTerms}) of
   * sentence {@code i} with a history sentence: from a method's {@code maxSimilarity} on, the
   * sentence repeats what the reader has already read. 0 without history.
   */
  public double historySimilarity(int i) {
    return historySimilarity[i];
  }

  public Vocabulary vocabulary() {
    return vocabulary;
  }
}
