package org.newsum.internal.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsum.stories.ArticleSignature;
import org.newsum.stories.StoryOptions;

/**
 * Turns an article's signature ({@link ArticleSigner}) into a unit tf-idf vector over its salient
 * terms, online: document frequencies are those of the articles seen so far (this one included),
 * so a feed processed in two runs sees the same weights as in one ({@link GroupingState} keeps
 * them). Term weight: (1 + ln w) * ln((N + {@value #PRIOR_DOCUMENTS}) / df), w the summed
 * occurrence weight; the top {@link StoryOptions#articleTerms} are kept. Term ids are this
 * vectorizer's own, stable across articles and runs. Not thread-safe.
 */
final class ArticleVectorizer {
  private final StoryOptions options;
  private final Map<String, Integer> termIds = new HashMap<>();
  private final List<String> terms = new ArrayList<>();
  private int[] documentFrequency = new int[1024];
  /** Per term: the articles in which it was mostly an anchor (see {@link ArticleSignature#anchors}). */
  private int[] anchorFrequency = new int[1024];
  private long articles;

  /**
   * Documents assumed seen before the feed, holding none of its terms: without them the first
   * articles of a feed find every shared word common (df close to N) and two reports of one event
   * look unrelated; 1,000 keeps small feeds working and barely moves large ones.
   */
  static final double PRIOR_DOCUMENTS = 1000;

  ArticleVectorizer(StoryOptions options) {
    this.options = options;
  }

  /** A vectorizer that continues with the terms and document frequencies of an earlier run. */
  ArticleVectorizer(StoryOptions options, List<String> terms, int[] documentFrequency, int[] anchorFrequency,
      long articles) {
    this(options);
    for (String term : terms) {
      termIds.put(term, this.terms.size());
      this.terms.add(term);
    }
    this.documentFrequency = Arrays.copyOf(documentFrequency, Math.max(1024, terms.size()));
    this.anchorFrequency = Arrays.copyOf(anchorFrequency, this.documentFrequency.length);
    this.articles = articles;
  }

  List<String> terms() {
    return terms;
  }

  int[] documentFrequencies() {
    return Arrays.copyOf(documentFrequency, terms.size());
  }

  int[] anchorFrequencies() {
    return Arrays.copyOf(anchorFrequency, terms.size());
  }

  /**
   * Whether a term is an anchor of the feed: a name or number in most of the articles holding it
   * so far. What two articles share of anchors tells one event from another of the same kind.
   */
  boolean isAnchor(int term) {
    return 2 * anchorFrequency[term] > documentFrequency[term];
  }

  long articles() {
    return articles;
  }

  /** The unit vector of an article's signature, its terms counted into the document frequencies. */
  SparseVector vectorize(ArticleSignature article) {
    String[] stems = article.terms();
    double[] occurrences = article.weights();
    boolean[] anchors = article.anchors();
    int count = stems.length;
    int[] ids = new int[count];
    double[] weights = new double[count];
    articles++;
    double idfBase = articles + PRIOR_DOCUMENTS;
    for (int k = 0; k < count; k++) {
      int term = term(stems[k]);
      ids[k] = term;
      documentFrequency[term]++;
      if (anchors[k]) {
        anchorFrequency[term]++;
      }
      weights[k] = (1 + Math.log(occurrences[k])) * Math.log(idfBase / documentFrequency[term]);
    }
    return SparseVector.topUnit(ids, weights, count, options.articleTerms());
  }

  /** The id of a stem, added on first sight. */
  private int term(String stem) {
    Integer known = termIds.get(stem);
    if (known != null) {
      return known;
    }
    int term = terms.size();
    termIds.put(stem, term);
    terms.add(stem);
    if (term == documentFrequency.length) {
      documentFrequency = Arrays.copyOf(documentFrequency, 2 * term);
      anchorFrequency = Arrays.copyOf(anchorFrequency, 2 * term);
    }
    return term;
  }
}
