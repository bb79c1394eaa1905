package org.newsum.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.newsum.internal.text.ClusterLanguages;
import org.newsum.internal.text.Dateline;
import org.newsum.internal.text.IntList;
import org.newsum.internal.text.Lexicon;
import org.newsum.internal.text.NewsSentenceSplitter;
import org.newsum.internal.text.TextTokens;
import org.newsum.model.Characters;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.model.Sentence;
import org.newsum.model.Span;

/**
 * Splits every document of a cluster (and of its history) into sentences (a document's first sentence starts after
 * its {@link Dateline}, if any; any sentence after a list bullet) and analyses their words, producing the
 * {@link AnalyzedCluster} that summarizers work on. Words are read by this thread's {@link
 * Lexicon} of the cluster's language (its stems and stop words), the tokenizer cleaning uses too;
 * a document of an English cluster that cleaning has just read (on this thread) is not tokenized
 * again: its sentences take their words from cleaning's tokens. Chinese, Japanese and Korean
 * sentences take the words of the language's segmenter ({@link Lexicon#segment}) as terms.
 * Thread-safe.
 */
public final class ClusterAnalyzer {
  private final SentenceSplitter splitter;
  private final LanguageDetector detector;

  /** An analyzer splitting with {@code splitter}, detecting languages with {@link LanguageDetector#standard()}. */
  public ClusterAnalyzer(SentenceSplitter splitter) {
    this(splitter, LanguageDetector.standard());
  }

  /** An analyzer splitting with {@code splitter} and detecting undeclared document languages with {@code detector}. */
  public ClusterAnalyzer(SentenceSplitter splitter, LanguageDetector detector) {
    this.splitter = splitter;
    this.detector = detector;
  }

  /** An analyzer with the {@link NewsSentenceSplitter}. */
  public static ClusterAnalyzer standard() {
    return new ClusterAnalyzer(new NewsSentenceSplitter());
  }

  /**
   * Analyses the cluster's documents and, in the same vocabulary, its {@linkplain
   * Cluster#history() history} (split and tokenized alike; the query's terms are those the
   * documents use). Documents without a declared language get the detected one (in {@link
   * AnalyzedCluster#cluster()}); the cluster's language is their majority ({@link
   * AnalyzedCluster#language()}).
   */
  public AnalyzedCluster analyze(Cluster input) {
    Cluster cluster = ClusterLanguages.withLanguages(input, detector);
    String language = ClusterLanguages.majority(cluster.documents());
    SentenceSplitter splitter = this.splitter.forLanguage(language);
    Lexicon lexicon = Lexicon.forThisThread(language);
    if (lexicon != Lexicon.forThisThread()) {
      Lexicon.forThisThread().forgetTokens(); // tokens read in English (cleaning before languages were known)
    }
    Vocabulary.Builder vocabulary = new Vocabulary.Builder(lexicon);
    DocumentFrequencies df = new DocumentFrequencies();
    Split documents = split(cluster.documents(), splitter, lexicon, vocabulary, df);
    int[] query = cluster.queryText().map(q -> queryTerms(lexicon, vocabulary, q)).orElse(new int[0]);
    Split history = split(cluster.history(), splitter, lexicon, vocabulary, null);
    lexicon.forgetTokens();
    Vocabulary built = vocabulary.build();
    return new AnalyzedCluster(cluster, language, documents.sentences(), documents.terms().toArray(new int[0][]),
        documents.wordCounts().toArray(), documents.sentenceCounts(), df.toArray(built.size()), query, built,
        history.sentences(),
        history.terms().toArray(new int[0][]));
  }

  /**
   * Sentences of documents, the term ids and the word count of each ({@link Characters#countWords};
   * -1 where the tokens did not give it, and for the history, whose counts no stage reads), and
   * each document's sentence count.
   */
  private record Split(List<Sentence> sentences, List<int[]> terms, IntList wordCounts, int[] sentenceCounts) {}

  /**
   * Splits and reads {@code docs}; {@code df} null for the history (no word counts, no document
   * frequencies), else it counts each term's documents as the sentences get their term ids.
   */
  private static Split split(List<Document> docs, SentenceSplitter splitter, Lexicon lexicon,
      Vocabulary.Builder vocabulary, DocumentFrequencies df) {
    IntList words = new IntList();
    int[] within = new int[2];
    List<Sentence> sentences = new ArrayList<>();
    List<int[]> terms = new ArrayList<>();
    IntList wordCounts = new IntList();
    int[] sentenceCounts = new int[docs.size()];
    for (int d = 0; d < docs.size(); d++) {
      Document doc = docs.get(d);
      TextTokens known = lexicon.takeTokens(doc.text());
      int from = 0; // every token before it starts before the next sentence
      int index = 0;
      for (Span split : splitter.split(doc.text())) {
        Span span = withoutLead(split, doc.text(), index == 0);
        Sentence s = new Sentence(doc.id(), d, index++, span.start(), span.end(), span.of(doc.text()));
        int wordCount = -1;
        int[] ids;
        words.clear();
        if (lexicon.segment(doc.text(), span.start(), span.end(), words)) {
          ids = vocabulary.idsOf(words);
        } else if (known != null && tokensWithin(known, span, from, within)) {
          from = within[1];
          // the stems and stop flags come with cleaning's tokens, in text order: the word table is not read
          ids = new int[within[1] - within[0]];
          for (int k = 0; k < ids.length; k++) {
            ids[k] = vocabulary.idOf(known.stem(within[0] + k), known.isStopWord(within[0] + k));
          }
          if (df != null) {
            wordCount = known.countWords(doc.text(), span.start(), span.end(), within[0], within[1]);
          }
        } else {
          lexicon.tokenize(doc.text(), span.start(), span.end(), words);
          ids = vocabulary.idsOf(words);
        }
        if (df != null) {
          df.add(ids, d);
        }
        sentences.add(s);
        terms.add(ids);
        wordCounts.add(wordCount);
      }
      sentenceCounts[d] = index;
    }
    return new Split(sentences, terms, wordCounts, sentenceCounts);
  }

  /**
   * The distinct term ids of the query's content words that the cluster uses, in query order. A loop, not a
   * stream: run once per cluster, a stream pipeline took about 50 microseconds (0.8 % of the pipeline on DUC 2006).
   */
  private static int[] queryTerms(Lexicon lexicon, Vocabulary.Builder vocabulary, String query) {
    int[] words = lexicon.tokenize(query);
    int[] terms = new int[words.length];
    int count = 0;
    BitSet taken = new BitSet();
    for (int w : words) {
      int id = lexicon.isStopWord(w) ? -1 : vocabulary.find(w);
      if (id >= 0 && !taken.get(id)) {
        taken.set(id);
        terms[count++] = id;
      }
    }
    return Arrays.copyOf(terms, count);
  }

  /**
   * Sets {@code range} to the first and the end index of the document's tokens that lie within
   * {@code span}, which are those of the span tokenized on its own, and returns true; returns
   * false when a token runs across one of the span's edges. {@code from}: a token index before
   * which every token starts before the span ({@link TextTokens#firstAtOrAfter(int, int)}).
   */
  private static boolean tokensWithin(TextTokens tokens, Span span, int from, int[] range) {
    int k = tokens.firstAtOrAfter(span.start(), from);
    if (k > 0 && tokens.end(k - 1) > span.start()) {
      return false;
    }
    range[0] = k;
    while (k < tokens.size() && tokens.end(k) <= span.end()) {
      k++;
    }
    range[1] = k;
    return k == tokens.size() || tokens.start(k) >= span.end();
  }

  /**
   * The sentence without what opens it but is not part of it: the {@link Dateline} before a
   * document's {@code first} sentence, and a list bullet or a dateline's leftover source and dash
   * ({@link Dateline#markerLength}) before any sentence.
   */
  private static Span withoutLead(Span sentence, String text, boolean first) {
    int start = sentence.start() + (first ? Dateline.length(sentence.of(text)) : 0);
    return new Span(start + Dateline.markerLength(text, start, sentence.end()), sentence.end());
  }

  /**
   * The number of documents each term occurs in, counted sentence by sentence as the documents
   * are read (a document's sentences come together).
   */
  private static final class DocumentFrequencies {
    /**
     * By term id {@code t}: at {@code 2t} the last document counted for it plus one (0 for none), at
     * {@code 2t + 1} its count; side by side, so that a term's update touches one cache line.
     */
    private int[] counts = new int[2048];

    void add(int[] ids, int document) {
      for (int t : ids) {
        if (2 * t >= counts.length) {
          counts = Arrays.copyOf(counts, Math.max(2 * t + 2, 2 * counts.length));
        }
        if (counts[2 * t] != document + 1) {
          counts[2 * t] = document + 1;
          counts[2 * t + 1]++;
        }
      }
    }

    /** The counts of term ids {@code [0, size)}. */
    int[] toArray(int size) {
      int[] df = new int[size];
      for (int t = 0; t < size && 2 * t < counts.length; t++) {
        df[t] = counts[2 * t + 1];
      }
      return df;
    }
  }
}
