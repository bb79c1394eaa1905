package org.newsum;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.newsum.cleaning.ClusterCleaner;
import org.newsum.cleaning.FurnitureCleaner;
import org.newsum.documents.InputException;
import org.newsum.internal.output.Attribution;
import org.newsum.internal.output.ChronologicalOrderer;
import org.newsum.internal.output.SentenceCut;
import org.newsum.internal.text.ClusterLanguages;
import org.newsum.internal.summarizers.Eligibility;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.model.Provenance;
import org.newsum.model.Sentence;
import org.newsum.model.Span;
import org.newsum.model.Summary;
import org.newsum.model.SummarySentence;
import org.newsum.output.SentenceOrderer;
import org.newsum.summarizers.Extract;
import org.newsum.summarizers.MethodOptions;
import org.newsum.summarizers.Summarizer;
import org.newsum.text.AnalyzedCluster;
import org.newsum.text.ClusterAnalyzer;
import org.newsum.text.LanguageDetector;

/**
 * The library's front door: clean, analyse, select, order and attribute, in one call.
 *
 * <pre>{@code
 * Newsum newsum = Newsum.standard();
 * Summary s = newsum.summarize(cluster, "default", Budget.words(100));
 * Summary t = newsum.summarize(cluster, SummaryRequest.of("mmr", Budget.words(100)).withOption("lambda", "0.7"));
 * }</pre>
 *
 * <p>Immutable and thread-safe: share one instance.
 */
public final class Newsum {
  /**
   * Default for {@link #withMaxCharacters}: the most text one cluster may hold (50 million
   * characters, a thousand times a large news cluster; analysis needs about ten bytes of heap
   * per character).
   */
  public static final long DEFAULT_MAX_CHARACTERS = 50_000_000L;

  private static final String VERSION = readVersion();

  private final ClusterCleaner cleaner;
  private final ClusterAnalyzer analyzer;
  private final SentenceOrderer orderer;
  private final Attribution attribution;
  private final long maxCharacters;

  public Newsum(ClusterCleaner cleaner, ClusterAnalyzer analyzer, SentenceOrderer orderer) {
    this(cleaner, analyzer, orderer, DEFAULT_MAX_CHARACTERS);
  }

  private Newsum(ClusterCleaner cleaner, ClusterAnalyzer analyzer, SentenceOrderer orderer, long maxCharacters) {
    this.cleaner = cleaner;
    this.analyzer = analyzer;
    this.orderer = orderer;
    this.attribution = new Attribution(MethodOptions.DEFAULT_MAX_SIMILARITY);
    this.maxCharacters = maxCharacters;
  }

  /** This library's version (the Maven project version), e.g. {@code 0.1.0}. */
  public static String version() {
    return VERSION;
  }

  /** The standard pipeline: furniture classification, news sentence splitting, chronological order. */
  public static Newsum standard() {
    return new Newsum(FurnitureCleaner.standard(), ClusterAnalyzer.standard(), new ChronologicalOrderer());
  }

  /** This pipeline with another cleaner (e.g. {@link ClusterCleaner#none()} to measure cleaning). */
  public Newsum withCleaner(ClusterCleaner otherCleaner) {
    return new Newsum(otherCleaner, analyzer, orderer, maxCharacters);
  }

  /**
   * This pipeline refusing clusters with more than {@code limit} characters of text in all (an
   * {@link InputException}), which bounds the time and memory one call can take.
   */
  public Newsum withMaxCharacters(long limit) {
    if (limit < 1) {
      throw new NewsumException("the character limit must be at least 1, got " + limit);
    }
    return new Newsum(cleaner, analyzer, orderer, limit);
  }

  /**
   * Summarizes {@code cluster} with the method called {@code method} (its default options) within
   * {@code budget}: {@link #summarize(Cluster, SummaryRequest)} for the common case.
   *
   * @throws NewsumException if the method is unknown (the message lists the valid names)
   */
  public Summary summarize(Cluster cluster, String method, Budget budget) {
    return summarize(cluster, SummaryRequest.of(method, budget));
  }

  /**
   * Summarizes {@code cluster} as {@code request} asks: cleans it (unless the request says not
   * to), analyses it, and has the request's method select within its budget.
   *
   * @throws NewsumException if the cluster has no article text (no sentence a summary could use:
   *     empty documents, only headlines, menus or fragments)
   * @throws InputException if the cluster has more text than {@link #withMaxCharacters} allows
   */
  public Summary summarize(Cluster cluster, SummaryRequest request) {
    return summarize(analyze(cluster, request), request);
  }

  /**
   * Summarizes a cluster already cleaned and analysed by {@link #analyze(Cluster, SummaryRequest)}
   * for the same request; sentence spans refer to the texts of {@code analyzed.cluster()}, which
   * callers that show sources can keep.
   */
  public Summary summarize(AnalyzedCluster analyzed, SummaryRequest request) {
    requireEligibleSentence(analyzed, request.options().minWords());
    MethodOptions.Choice choice = request.options().choose(analyzed);
    return summary(analyzed, request.method(), request.budget(), choice.options().summarizer(),
        new Provenance(VERSION, choice.options().method(), choice.reason(), choice.options().values(), request.clean(),
            analyzed.historyDocumentCount(), analyzed.language(), documentLanguages(analyzed)));
  }

  /**
   * Summarizes {@code cluster} with a summarizer of one's own (e.g. a variant being tuned),
   * cleaning and with the default eligibility threshold; its provenance lists no options.
   */
  public Summary summarize(Cluster cluster, Summarizer summarizer, Budget budget) {
    return summarize(analyze(cluster), summarizer, budget);
  }

  /** {@link #summarize(Cluster, Summarizer, Budget)} of a cluster already analysed by {@link #analyze(Cluster)}. */
  public Summary summarize(AnalyzedCluster analyzed, Summarizer summarizer, Budget budget) {
    requireEligibleSentence(analyzed, MethodOptions.DEFAULT_MIN_WORDS);
    return summary(analyzed, summarizer.name(), budget, summarizer,
        new Provenance(VERSION, summarizer.name(), "", Map.of(), true, analyzed.historyDocumentCount(), analyzed.language(),
            documentLanguages(analyzed)));
  }

  /**
   * The summarizer's selection, ordered and attributed. A budget in characters (headline-length
   * Chinese or Japanese summaries) that no sentence fits gets the summarizer's first sentence cut
   * to it ({@link SentenceCut}); in other units such a summary stays empty.
   */
  private Summary summary(AnalyzedCluster analyzed, String method, Budget budget, Summarizer summarizer,
      Provenance provenance) {
    List<Extract> extracts = summarizer.extract(analyzed, budget);
    List<Integer> selected = extracts.stream().map(Extract::sentence).toList();
    boolean cut = selected.isEmpty() && budget.unit() == Budget.Unit.CHARACTERS;
    if (cut) {
      selected = summarizer.select(analyzed, Budget.sentences(1));
    }
    List<SummarySentence> sentences = shortened(analyzed, extracts,
        attribution.attribute(analyzed, orderer.order(analyzed, selected)));
    if (cut) {
      sentences = sentences.stream().map(s -> SentenceCut.toBudget(s, budget)).flatMap(Optional::stream).toList();
    }
    return new Summary(analyzed.cluster().id(), method, budget, sentences, provenance);
  }

  /** The summary sentences with the parts kept of those the summarizer shortened ({@link Extract#kept}). */
  private static List<SummarySentence> shortened(AnalyzedCluster analyzed, List<Extract> extracts,
      List<SummarySentence> sentences) {
    Map<Sentence, List<Span>> kept = new HashMap<>();
    for (Extract e : extracts) {
      if (!e.kept().isEmpty()) {
        kept.put(analyzed.sentence(e.sentence()), e.kept());
      }
    }
    return kept.isEmpty() ? sentences : sentences.stream().map(s -> new SummarySentence(s.sentence(), s.alsoIn(),
        s.alsoInSentences(), kept.getOrDefault(s.sentence(), List.of()))).toList();
  }

  /**
   * Cleans and analyses a cluster, as {@link #summarize(Cluster, Summarizer, Budget)} does
   * before selection.
   *
   * @throws NewsumException if the cluster has no documents or only empty ones
   * @throws InputException if the cluster has more text than {@link #withMaxCharacters} allows
   */
  public AnalyzedCluster analyze(Cluster cluster) {
    requireText(cluster);
    return analyzer.analyze(clean(withLanguages(cluster)));
  }

  /** Languages are detected before cleaning, on the whole text: cleaning may take a document's text away. */
  private static Cluster withLanguages(Cluster cluster) {
    return ClusterLanguages.withLanguages(cluster, LanguageDetector.standard());
  }

  /**
   * Prepares a cluster for {@code request} as {@link #summarize(Cluster, SummaryRequest)} does
   * before selection: the request's query and history (if any) replace the cluster's, then
   * cleaning (if asked) and analysis. Analyse once to summarize one cluster with several methods.
   *
   * @throws NewsumException if the cluster has no documents or only empty ones
   * @throws InputException if the cluster (with its history) has more text than {@link #withMaxCharacters} allows
   */
  public AnalyzedCluster analyze(Cluster cluster, SummaryRequest request) {
    Cluster asked = request.query() == null ? cluster : cluster.withQuery(request.query());
    asked = request.history().isEmpty() ? asked : asked.withHistory(request.history());
    requireText(asked);
    asked = withLanguages(asked);
    return analyzer.analyze(request.clean() ? clean(asked) : asked);
  }

  /**
   * The cluster with its documents and its history cleaned, each on its own (furniture evidence
   * is repetition within a set of pages; the documents are cleaned as they would be without
   * history, and last, so that analysis reuses their tokens).
   */
  private Cluster clean(Cluster cluster) {
    if (cluster.history().isEmpty()) {
      return cleaner.clean(cluster);
    }
    List<Document> history = cleaner.clean(Cluster.of(cluster.id(), cluster.history())).documents();
    return cleaner.clean(cluster.withHistory(List.of())).withHistory(history);
  }

  private void requireText(Cluster cluster) {
    if (cluster.documents().isEmpty()) {
      throw new NewsumException("cluster '" + cluster.id() + "' has no documents");
    }
    // Loops, not streams: run once per cluster, the streams here took about 0.4 % of the pipeline on DUC 2006.
    long characters = 0;
    boolean blank = true;
    for (Document d : cluster.documents()) {
      characters += d.text().length();
      blank = blank && d.text().isBlank();
    }
    for (Document d : cluster.history()) {
      characters += d.text().length();
    }
    if (characters > maxCharacters) {
      throw new InputException("cluster '" + cluster.id() + "'",
          "too large (" + characters + " characters of text; the limit is " + maxCharacters + ")");
    }
    if (blank) {
      throw new NewsumException("cluster '" + cluster.id() + "' has no text: every document is empty");
    }
  }

  /** Each document's language by id, as analysis set it. */
  private static Map<String, String> documentLanguages(AnalyzedCluster analyzed) {
    Map<String, String> languages = new LinkedHashMap<>();
    for (Document d : analyzed.cluster().documents()) {
      languages.put(d.id(), d.language() == null ? Provenance.UNKNOWN_LANGUAGE : d.language());
    }
    return languages;
  }

  private static void requireEligibleSentence(AnalyzedCluster analyzed, int minWords) {
    for (int i = 0; i < analyzed.size(); i++) {
      if (Eligibility.isEligible(analyzed, i, minWords)) {
        return;
      }
    }
    throw new NewsumException("cluster '" + analyzed.cluster().id() + "' has no article text: no sentence of at least "
        + minWords + " words, only headlines, menus or fragments");
  }

  private static String readVersion() {
    try (InputStream in = Newsum.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
