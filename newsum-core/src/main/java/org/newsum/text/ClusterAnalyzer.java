package org.newsum.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.model.Sentence;

/**
 * Splits every document of a cluster into sentences (a document's first sentence starts after
 * its {@link Dateline}, if any) and analyses their words, producing the
 * {@link AnalyzedCluster} that summarizers work on. Thread-safe: each call uses its own
 * {@link WordAnalyzer}.
 */
public final class ClusterAnalyzer {
  private final SentenceSplitter splitter;

  public ClusterAnalyzer(SentenceSplitter splitter) {
    this.splitter = splitter;
  }

  /** An analyzer with the {@link NewsSentenceSplitter}. */
  public static ClusterAnalyzer standard() {
    return new ClusterAnalyzer(new NewsSentenceSplitter());
  }

  public AnalyzedCluster analyze(Cluster cluster) {
    WordAnalyzer words = new WordAnalyzer();
    Vocabulary vocabulary = new Vocabulary();
    List<Sentence> sentences = new ArrayList<>();
    List<int[]> terms = new ArrayList<>();
    List<Document> docs = cluster.documents();
    int[] sentenceCounts = new int[docs.size()];
    for (int d = 0; d < docs.size(); d++) {
      Document doc = docs.get(d);
      int index = 0;
      for (Span split : splitter.split(doc.text())) {
        Span span = index == 0 ? withoutDateline(split, doc.text()) : split;
        Sentence s = new Sentence(doc.id(), d, index++, span.start(), span.end(), span.of(doc.text()));
        int[] ids = words.tokens(s.text()).stream().mapToInt(vocabulary::idOf).toArray();
        sentences.add(s);
        terms.add(ids);
      }
      sentenceCounts[d] = index;
    }
    int[] df = documentFrequencies(sentences, terms, vocabulary.size());
    int[] query = cluster.queryText()
        .map(q -> words.tokens(q).stream().filter(t -> !t.stopWord()).mapToInt(t -> vocabulary.find(t.stem()))
            .filter(id -> id >= 0).distinct().toArray())
        .orElse(new int[0]);
    return new AnalyzedCluster(cluster, sentences, terms.toArray(new int[0][]), sentenceCounts, df, query, vocabulary);
  }

  /** A document's first sentence without the {@link Dateline} before it, if it has one. */
  private static Span withoutDateline(Span sentence, String text) {
    int skip = Dateline.length(sentence.of(text));
    return new Span(sentence.start() + skip, sentence.end());
  }

  private static int[] documentFrequencies(List<Sentence> sentences, List<int[]> terms, int vocabSize) {
    int[] df = new int[vocabSize];
    int[] lastDoc = new int[vocabSize];
    Arrays.fill(lastDoc, -1);
    for (int i = 0; i < sentences.size(); i++) {
      int d = sentences.get(i).documentIndex();
      for (int t : terms.get(i)) {
        if (lastDoc[t] != d) {
          lastDoc[t] = d;
          df[t]++;
        }
      }
    }
    return df;
  }
}
