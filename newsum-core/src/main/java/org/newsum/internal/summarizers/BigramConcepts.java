package org.newsum.internal.summarizers;

import java.util.Arrays;
import java.util.function.IntPredicate;
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
 * outlet's detail, not the story. A group of {@linkplain NearCopies near-copies} (wire copies, updated editions)
 * counts as one document, each copy weighing 1 / the group's size ({@link ConceptWeights#nearCopyShare()}). When the cluster has a history (documents the reader has already
 * read), a concept loses weight in proportion to the share of history documents that use it
 * ({@link ConceptWeights#historyWeight()}), mentions count by position even with a query, and each
 * sentence carries a concept of its own worth a small share of its concepts' weight
 * ({@link ConceptWeights#historySentenceWeight()}, added to its lead prior if it has one). Immutable.
 */
final class BigramConcepts {
  private static final long NO_WORD = 0xffffffffL;
  /** Flag bits of a term; {@link Builder#keys} relies on these two values. */
  private static final int FREQUENT = 1;
  private static final int STOP = 2;
  private static final int QUERY = 4;

  private final int[][] sentenceConcepts;
  private final double[] weights;
  private final int sharedConcepts;
  private final Builder source;

  private BigramConcepts(int[][] sentenceConcepts, double[] weights, int sharedConcepts, Builder source) {
    this.sentenceConcepts = sentenceConcepts;
    this.weights = weights;
    this.sharedConcepts = sharedConcepts;
    this.source = source;
  }

  /**
   * The concepts of {@code cluster}; with a query, a sentence answers it when it uses
   * {@code minQueryWords} distinct query words.
   */
  static BigramConcepts of(AnalyzedCluster cluster, ConceptWeights weighting, int minQueryWords) {
    return of(cluster, weighting, minQueryWords, false);
  }

  /**
   * The concepts of {@code cluster}; with {@code reports} (a generic cluster that may hold both
   * previews and reports of an event) each document counts by its {@linkplain #reportShare share
   * of sentences that are not speculation}, so that what the reports say outweighs what the
   * previews expected.
   */
  static BigramConcepts of(AnalyzedCluster cluster, ConceptWeights weighting, int minQueryWords, boolean reports) {
    return of(cluster, weighting, minQueryWords, reports, Builder.PARTITION_MENTIONS);
  }

  /** As {@link #of(AnalyzedCluster, ConceptWeights, int, boolean)}, counting in partitions of about {@code mentionsPerPartition} mentions. */
  static BigramConcepts of(AnalyzedCluster cluster, ConceptWeights weighting, int minQueryWords, boolean reports,
      int mentionsPerPartition) {
    int[] document = documentOf(cluster);
    double[] documentWeight =
        reports ? reportShare(cluster) : documentRelevance(cluster, minQueryWords, weighting.relevanceExponent());
    int[] copies = NearCopies.groupSizes(cluster, weighting.nearCopyShare());
    for (int d = 0; d < documentWeight.length; d++) {
      documentWeight[d] /= copies[d];
    }
    Builder builder = new Builder(cluster, weighting, documentWeight, document, mentionsPerPartition);
    for (int i = 0, position = 0; i < cluster.size(); i++) {
      position = i > 0 && document[i - 1] == document[i] ? position + 1 : 0;
      builder.addSentence(i, position);
    }
    builder.count();
    builder.addHistory();
    return builder.build();
  }

  /**
   * The document of each sentence. The analysis gives each document's sentences in a row, in order,
   * so they follow from the documents' sentence counts, without reading the Sentence objects (cold
   * in memory by the time the summarizer runs).
   */
  static int[] documentOf(AnalyzedCluster cluster) {
    int[] document = new int[cluster.size()];
    for (int d = 0, i = 0; d < cluster.documentCount(); d++) {
      for (int end = i + cluster.documentSentenceCount(d); i < end; i++) {
        document[i] = d;
      }
    }
    return document;
  }

  /**
   * Each document's weight: 1 without a query; with one, its share of sentences that answer
   * the query divided by the mean share over the cluster's documents, to the power
   * {@code exponent} (all 1 when no sentence answers it).
   */
  static double[] documentRelevance(AnalyzedCluster cluster, int minQueryWords, double exponent) {
    if (cluster.queryTerms().length == 0) {
      double[] relevance = new double[cluster.documentCount()];
      Arrays.fill(relevance, 1);
      return relevance;
    }
    double[] relevance = relativeShare(cluster, i -> cluster.queryTermCount(i) >= minQueryWords);
    for (int d = 0; d < relevance.length; d++) {
      relevance[d] = Math.pow(relevance[d], exponent);
    }
    return relevance;
  }

  /**
   * Each document's share of sentences that are not {@linkplain Speculation#isSpeculative
   * speculation}, divided by the mean share over the cluster's documents (all 1 when every
   * sentence is speculation): a report weighs more than a preview of the same event.
   */
  static double[] reportShare(AnalyzedCluster cluster) {
    return relativeShare(cluster, i -> !Speculation.isSpeculative(cluster.sentence(i).text()));
  }

  /**
   * Each document's share of its sentences that pass {@code counts}, divided by the mean share
   * over the cluster's documents; all 1 when no sentence passes.
   */
  private static double[] relativeShare(AnalyzedCluster cluster, IntPredicate counts) {
    double[] share = new double[cluster.documentCount()];
    int[] document = documentOf(cluster);
    for (int i = 0; i < cluster.size(); i++) {
      if (counts.test(i)) {
        share[document[i]]++;
      }
    }
    double mean = 0;
    for (int d = 0; d < share.length; d++) {
      share[d] /= Math.max(1, cluster.documentSentenceCount(d));
      mean += share[d] / share.length;
    }
    for (int d = 0; d < share.length; d++) {
      share[d] = mean > 0 ? share[d] / mean : 1;
    }
    return share;
  }

  /** The distinct concept ids of sentence {@code i}, ascending. Do not modify. */
  int[] conceptsOf(int i) {
    return sentenceConcepts[i];
  }

  /**
   * The distinct concept ids, ascending, of a shorter form of sentence {@code i} whose terms are
   * {@code terms} (a subsequence of the sentence's): the word concepts in them (a bigram made
   * where a part was cut counts if the cluster has it) and the sentence's own concept (lead prior), if it
   * has one. The form adds no weight: its words are mentions the sentence already counted.
   */
  int[] conceptsOf(int i, int[] terms) {
    int[] found = new int[2 * terms.length + 1];
    int count = 0;
    long[] keys = new long[2 * terms.length];
    for (int k = 0, n = source.keys(terms, keys); k < n; k++) {
      int id = source.keptIds.get(keys[k]);
      if (id >= 0) {
        found[count++] = id;
      }
    }
    int[] own = sentenceConcepts[i];
    if (own.length > 0 && own[own.length - 1] >= sharedConcepts) {
      found[count++] = own[own.length - 1];
    }
    return sortedDistinct(found, count);
  }

  /**
   * The distinct values of {@code values[0, count)}, ascending (sorts that part of {@code values} in place): what
   * {@code Arrays.stream(values, 0, count).sorted().distinct().toArray()} gives, without a stream pipeline, which
   * cost several times the sort at the sizes of a sentence's terms.
   */
  static int[] sortedDistinct(int[] values, int count) {
    Arrays.sort(values, 0, count);
    int distinct = 0;
    for (int k = 0; k < count; k++) {
      if (k == 0 || values[k] != values[k - 1]) {
        values[distinct++] = values[k];
      }
    }
    return Arrays.copyOf(values, distinct);
  }

  /** The weight of every concept id. Do not modify. */
  double[] weights() {
    return weights;
  }

  /** Concept ids below this are word concepts; the ids from it on are per-sentence priors (lead, history sentence weight). */
  int sharedConcepts() {
    return sharedConcepts;
  }

  /**
   * Collects concept statistics sentence by sentence (in document order), then prunes them. A
   * cluster of thousands of documents has millions of distinct bigrams, nearly all used by too few
   * documents to be kept. One hash table over all of them outgrows the processor's caches, and each
   * mention then costs several trips to memory, so the model's time grew faster than the cluster
   * (2.4x on one doubling of {@code bin/benchmark scaling}'s many-documents series). So the mentions
   * are first written out, split by a hash of their concept into partitions of at most about
   * {@link #PARTITION_MENTIONS} mentions each, and each partition is counted on its own in a table that
   * stays in cache (radix-partitioned aggregation, as in hash joins). A news cluster of a few dozen
   * documents is a single partition.
   */
  private static final class Builder {
    /** Mentions per partition, on average at most twice this: a partition's table and counts then stay in cache. */
    static final int PARTITION_MENTIONS = 1 << 15;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final AnalyzedCluster cluster;
    private final ConceptWeights weighting;
    private final double[] documentWeight;
    private final double positionWeight;
    /** Each sentence's document. */
    private final int[] document;
    /** Each sentence's position in its document (for the lead prior). */
    private final int[] positions;
    /** Each sentence's weight of a mention, before the unigram and query factors. */
    private final double[] sentenceWeight;
    /** Fewest documents a kept concept is used by. */
    private final int minDf;
    /**
     * Each term's {@link #FREQUENT}, {@link #STOP} and {@link #QUERY} bits, in one array so that a
     * term costs one load. A term is frequent when {@link #minDf} documents use it: a concept is used by
     * no more documents than any of its words, so one with a rarer word is dropped anyway and is never
     * counted (most of a cluster's bigrams: each a hash lookup saved).
     */
    private final byte[] flags;
    /** The partitions' count less one (a power of two less one): a concept's partition is its hash's high bits masked with this. */
    private final int partitionMask;
    /** Each partition's mentions in order: the concept's key, the mention's index, the mention's sentence. */
    private final long[][] partitionKeys;
    private final int[][] partitionMentions;
    private final int[][] partitionSentences;
    private final int[] partitionSizes;
    private int mentionCount;
    /** Sentence {@code i}'s mentions end at {@code mentionEnds[i]}. */
    private final int[] mentionEnds;
    /** Most mentions in one sentence. */
    private int longest;
    private long[] keyBuffer = new long[64];
    /** After {@link #count()}: each mention's kept concept id, or -1 when its concept is dropped. */
    private int[] mentions;
    /** After {@link #count()}: the kept concepts' ids (in order of first mention), by key. */
    private LongIntMap keptIds;
    /** After {@link #count()}: each kept concept's weight, before the history factor. */
    private double[] keptWeight;
    private int[] historyDf;

    Builder(AnalyzedCluster cluster, ConceptWeights weighting, double[] documentWeight, int[] document, int mentionsPerPartition) {
      this.cluster = cluster;
      this.weighting = weighting;
      this.documentWeight = documentWeight;
      this.document = document;
      this.mentionEnds = new int[cluster.size()];
      // With history, the lead says what is new even with a query: a later article opens with the
      // development and recaps what the reader knows further down.
      this.positionWeight = cluster.queryTerms().length == 0 || cluster.hasHistory() ? weighting.positionWeight() : 0;
      this.minDf = Math.min(weighting.maxMinDocuments(), (cluster.documentCount() + 2) / 3);
      Vocabulary vocabulary = cluster.vocabulary();
      this.flags = new byte[vocabulary.size()];
      for (int t = 0; t < flags.length; t++) {
        flags[t] = (byte) ((cluster.documentFrequency(t) >= minDf ? FREQUENT : 0) | (vocabulary.isStopWord(t) ? STOP : 0)
            | (cluster.isQueryTerm(t) ? QUERY : 0));
      }
      this.positions = new int[cluster.size()];
      this.sentenceWeight = new double[cluster.size()];
      // At most one single-word and one pair concept per frequent term (every concept counted has one: see keys):
      // partitions sized for that never grow (beyond a partition's share of chance), so the allocation follows the
      // cluster's size smoothly (frequent terms are 79 % of DUC 2006's terms, 71 % of DUC 2004's).
      long frequentTerms = 0;
      for (int i = 0; i < cluster.size(); i++) {
        for (int t : cluster.terms(i)) {
          frequentTerms += flags[t] & FREQUENT;
        }
      }
      long mostMentions = (weighting.unigramWeight() > 0 ? 2 : 1) * frequentTerms;
      int partitions = Integer.highestOneBit((int) Math.min(1 << 20, Math.max(1, mostMentions / mentionsPerPartition)));
      this.partitionMask = partitions - 1;
      int capacity = (int) Math.min(Integer.MAX_VALUE - 8, 64 + mostMentions / partitions);
      partitionKeys = new long[partitions][capacity];
      partitionMentions = new int[partitions][capacity];
      partitionSentences = new int[partitions][capacity];
      partitionSizes = new int[partitions];
    }

    /** Adds the concepts of sentence {@code i}, at {@code position} in its document. */
    void addSentence(int i, int position) {
      positions[i] = position;
      sentenceWeight[i] = documentWeight[document[i]] * (1 + positionWeight / (position + 1));
      int start = mentionCount;
      int[] terms = cluster.terms(i);
      long[] found = keyBuffer(terms);
      for (int k = 0, n = keys(terms, found); k < n; k++) {
        append(found[k], i);
      }
      mentionEnds[i] = mentionCount;
      longest = Math.max(longest, mentionCount - start);
    }

    private void append(long key, int sentence) {
      int p = (int) ((key * GOLDEN) >>> 40) & partitionMask;
      int at = partitionSizes[p]++;
      if (at == partitionKeys[p].length) {
        partitionKeys[p] = Arrays.copyOf(partitionKeys[p], 2 * at);
        partitionMentions[p] = Arrays.copyOf(partitionMentions[p], 2 * at);
        partitionSentences[p] = Arrays.copyOf(partitionSentences[p], 2 * at);
      }
      partitionKeys[p][at] = key;
      partitionMentions[p][at] = mentionCount++;
      partitionSentences[p][at] = sentence;
    }

    /**
     * Counts each concept's documents and weight, partition by partition (after every document
     * sentence has been added), keeps those used by {@link #minDf} documents and numbers them in
     * order of first mention.
     */
    void count() {
      mentions = new int[mentionCount];
      int largest = 0;
      for (int size : partitionSizes) {
        largest = Math.max(largest, size);
      }
      // The table and the concepts' counts sized for half the mentions of the largest partition distinct, so that
      // they seldom grow (growing twice or three times, rehashing and copying, took a tenth of the model's time on DUC 2006).
      int distinctGuess = Math.max(1024, largest / 2);
      LongIntMap table = new LongIntMap(distinctGuess);
      int[] lastDocument = new int[distinctGuess];
      int[] documentCount = new int[distinctGuess];
      double[] weight = new double[distinctGuess];
      int[] local = new int[distinctGuess];
      long[] localKey = new long[distinctGuess];
      long[] keptKey = new long[64];
      int[] keptFirst = new int[64];
      double[] keptSum = new double[64];
      int kept = 0;
      for (int p = 0; p < partitionSizes.length; p++) {
        long[] keys = partitionKeys[p];
        int[] mentionIndex = partitionMentions[p];
        int[] sentences = partitionSentences[p];
        int size = partitionSizes[p];
        if (p > 0) {
          table.clear(); // a new table is empty
        }
        int distinct = 0;
        for (int e = 0; e < size; e++) {
          long key = keys[e];
          int id = table.idOf(key);
          if (id == distinct) {
            if (id == lastDocument.length) {
              lastDocument = Arrays.copyOf(lastDocument, 2 * id);
              documentCount = Arrays.copyOf(documentCount, 2 * id);
              weight = Arrays.copyOf(weight, 2 * id);
              local = Arrays.copyOf(local, 2 * id);
              localKey = Arrays.copyOf(localKey, 2 * id);
            }
            lastDocument[id] = 0;
            documentCount[id] = 0;
            weight[id] = 0;
            local[id] = mentionIndex[e]; // the first mention, until the concept is kept or not
            localKey[id] = key;
            distinct++;
          }
          int sentence = sentences[e];
          int d = document[sentence] + 1;
          if (lastDocument[id] != d) {
            lastDocument[id] = d;
            documentCount[id]++;
            weight[id] += mentionWeight(key, sentence); // sentences come in document order: this is the first mention
          }
          sentences[e] = id;
        }
        for (int id = 0; id < distinct; id++) {
          if (documentCount[id] < minDf) {
            local[id] = -1;
            continue;
          }
          if (kept == keptKey.length) {
            keptKey = Arrays.copyOf(keptKey, 2 * kept);
            keptFirst = Arrays.copyOf(keptFirst, 2 * kept);
            keptSum = Arrays.copyOf(keptSum, 2 * kept);
          }
          keptKey[kept] = localKey[id];
          keptFirst[kept] = local[id];
          keptSum[kept] = weight[id];
          local[id] = kept++;
        }
        for (int e = 0; e < size; e++) {
          mentions[mentionIndex[e]] = local[sentences[e]];
        }
      }
      number(kept, keptKey, keptFirst, keptSum);
    }

    /**
     * Numbers the kept concepts (given in partition order) in order of first mention, rewrites
     * {@link #mentions} with those ids and fills {@link #keptIds} and {@link #keptWeight}.
     */
    private void number(int kept, long[] keptKey, int[] keptFirst, double[] keptSum) {
      keptIds = new LongIntMap(kept);
      if (partitionSizes.length == 1) {
        // One partition (every news cluster): its table numbered the concepts in order of first mention, and the
        // kept ones in that order, so the mentions hold their ids already.
        for (int k = 0; k < kept; k++) {
          keptIds.idOf(keptKey[k]);
        }
        keptWeight = Arrays.copyOf(keptSum, kept);
        return;
      }
      int[] id = new int[kept];
      int next = 0;
      keptWeight = new double[kept];
      for (int m = 0; m < mentionCount; m++) {
        int k = mentions[m];
        if (k >= 0) {
          if (keptFirst[k] == m) {
            id[k] = next++;
            keptIds.idOf(keptKey[k]);
            keptWeight[id[k]] = keptSum[k];
          }
          mentions[m] = id[k];
        }
      }
    }

    /** The weight of a mention of concept {@code key} in sentence {@code sentence}: more with query words. */
    private double mentionWeight(long key, int sentence) {
      int a = (int) (key >>> 32);
      boolean unigram = (key & NO_WORD) == NO_WORD;
      double queryShare = unigram ? (flags[a] & QUERY) / QUERY
          : ((flags[a] & QUERY) / QUERY + (flags[(int) key] & QUERY) / QUERY) / 2.0;
      return sentenceWeight[sentence] * (unigram ? weighting.unigramWeight() : 1) * (1 + weighting.queryWeight() * queryShare);
    }

    /**
     * Counts, for each kept concept, the history documents that use it (after {@link #count()}).
     */
    void addHistory() {
      historyDf = new int[keptWeight.length];
      int[] lastHistoryDocument = new int[keptWeight.length];
      Arrays.fill(lastHistoryDocument, -1);
      for (int h = 0; h < cluster.historySentences().size(); h++) {
        int historyDocument = cluster.historySentences().get(h).documentIndex();
        long[] found = keyBuffer(cluster.historyTerms(h));
        for (int k = 0, n = keys(cluster.historyTerms(h), found); k < n; k++) {
          int id = keptIds.get(found[k]);
          if (id >= 0 && lastHistoryDocument[id] != historyDocument) {
            lastHistoryDocument[id] = historyDocument;
            historyDf[id]++;
          }
        }
      }
    }

    /** The builder's buffer for the keys of {@code terms}, grown to hold them. */
    private long[] keyBuffer(int[] terms) {
      if (keyBuffer.length < 2 * terms.length) {
        keyBuffer = new long[2 * terms.length];
      }
      return keyBuffer;
    }

    /**
     * Writes the key of every concept of a sentence's terms into {@code keys} (room for two per
     * term), in order (repeats included), and returns how many: a word pair as its two term ids, a
     * single word with {@link #NO_WORD} as the second. Keys in a buffer instead of a callback per
     * concept: its three callers made that call site megamorphic, so it was never inlined. Leaves
     * out the concepts with a word that is not {@linkplain #flags frequent}: they are dropped.
     */
    private int keys(int[] terms, long[] keys) {
      // Without branches: whether a word is frequent or a stop word follows no pattern the
      // processor could predict. Bit 0 of a term's flags is FREQUENT, bit 1 STOP: a concept is kept
      // when bit 0 of x & ~(x >> 1) is set, x being the flags of its word, or both words' ANDed.
      int unigrams = weighting.unigramWeight() > 0 ? 1 : 0;
      int n = 0;
      int last = terms.length - 1;
      for (int k = 0; k <= last; k++) {
        int a = terms[k];
        int x = flags[a];
        long high = (long) a << 32;
        keys[n] = high | NO_WORD;
        n += x & ~(x >> 1) & unigrams;
        if (k < last) {
          int b = terms[k + 1];
          int y = x & flags[b];
          keys[n] = high | b;
          n += y & ~(y >> 1) & 1;
        }
      }
      return n;
    }

    /**
     * What a concept keeps of its weight when {@code historyDocuments} documents of the history
     * use it: {@code 1 - (1 - historyWeight) × share}, the share being of the history's
     * documents, so what every history document says keeps {@code historyWeight} and what none
     * says all (no history: all).
     */
    private double historyFactor(int historyDocuments) {
      if (historyDocuments == 0) {
        return 1;
      }
      double share = (double) historyDocuments / cluster.historyDocumentCount();
      return 1 - (1 - weighting.historyWeight()) * share;
    }

    BigramConcepts build() {
      double leadWeight = cluster.queryTerms().length == 0 ? weighting.leadWeight() / cluster.documentCount() : 0;
      double sentenceWeight = cluster.hasHistory() ? weighting.historySentenceWeight() : 0;
      boolean own = leadWeight > 0 || sentenceWeight > 0;
      int kept = keptWeight.length;
      int sentences = mentionEnds.length;
      double[] weights = new double[kept + (own ? sentences : 0)];
      for (int id = 0; id < kept; id++) {
        weights[id] = keptWeight[id] * historyFactor(historyDf[id]);
      }
      int[][] sentenceConcepts = new int[sentences][];
      int[] mapped = new int[longest + 1];
      // Ids follow the order of first mention, so the concepts a sentence mentions first are the ids from
      // `numbered` (those of the sentences before) to its largest, all of them, each above its other
      // concepts. Those others are marked in a bitmap of ids, and each word of it that holds a mark in a second
      // bitmap (a bit per word): read back, the marks give them ascending and distinct, without a sort (which was
      // the most of this loop).
      long[] marks = new long[(kept >>> 6) + 1];
      long[] markedWords = new long[(marks.length >>> 6) + 1];
      int numbered = 0;
      for (int i = 0, from = 0; i < sentences; from = mentionEnds[i++]) {
        int largest = numbered - 1;
        for (int m = from; m < mentionEnds[i]; m++) {
          int id = mentions[m];
          largest = Math.max(largest, id);
          // Kept (id >= 0) and mentioned before, or not, follows no pattern: no branch; the others mark nothing.
          long before = (~id & (id - numbered)) >>> 31;
          int at = id & ~(id >> 31); // a dropped concept's -1 as 0
          marks[at >>> 6] |= before << at;
          markedWords[at >>> 12] |= before << (at >>> 6);
        }
        int distinct = 0;
        for (int w = 0; w <= numbered >>> 12; w++) {
          for (long words = markedWords[w]; words != 0; words &= words - 1) {
            int word = w << 6 | Long.numberOfTrailingZeros(words);
            for (long bits = marks[word]; bits != 0; bits &= bits - 1) {
              mapped[distinct++] = word << 6 | Long.numberOfTrailingZeros(bits);
            }
            marks[word] = 0;
          }
          markedWords[w] = 0;
        }
        for (int id = numbered; id <= largest; id++) {
          mapped[distinct++] = id;
        }
        numbered = largest + 1;
        boolean withOwn = own && distinct > 0;
        sentenceConcepts[i] = Arrays.copyOf(mapped, withOwn ? distinct + 1 : distinct);
        if (withOwn) {
          int id = kept + i;
          double content = 0;
          for (int k = 0; k < distinct; k++) {
            content += weights[mapped[k]];
          }
          weights[id] = content * (leadWeight / (positions[i] + 1) + sentenceWeight);
          sentenceConcepts[i][distinct] = id;
        }
      }
      return new BigramConcepts(sentenceConcepts, weights, kept, this);
    }
  }
}
