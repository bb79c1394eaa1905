package org.newsum.summarizers;

import java.util.ArrayList;
import java.util.List;
import org.newsum.internal.options.RecordComponents;
import org.newsum.internal.summarizers.ConceptCoverageSummarizer;
import org.newsum.summarizers.MethodOption.Range;

/**
 * Options of {@code ilp}, the concept-coverage method ({@link ConceptCoverageSummarizer}), also
 * used by {@code default} on most clusters. Chosen on DUC 2004, the query-specific ones looking at
 * DUC 2006 (docs/methods.md, docs/benchmarks/default.md).
 *
 * @param weights how concepts are weighted
 * @param preferredMinWords shortest candidate sentence, in words, while longer candidates can fill
 *     the budget (when they cannot, shorter eligible sentences are let back in); in [1, 1000]
 *     (default 10, DUC 2004: 8 and 15 scored lower)
 * @param minQueryWords with a query, the distinct query words that make a sentence answer it: only
 *     such sentences are candidates, and documents weigh by their share of them; in [1, 100]
 *     (default 2, DUC 2006: 1 scored lower)
 * @param maxSimilarity content-word cosine from which two sentences are near-duplicates and not
 *     both chosen; in (0, 1] (default 0.7, DUC 2004: lower thresholds reject useful sentences,
 *     since repeated concepts already earn nothing)
 * @param historySimilarity content-word cosine with a sentence of the cluster's history (already
 *     read) from which a sentence repeats it and is no candidate; in (0, 1] (default 0.8, DUC 2007
 *     update: 0.7 rejected sentences the references use, 0.8 to 0.9 scored alike; see
 *     docs/benchmarks/update.md)
 * @param nodeLimit branch-and-bound nodes after which the best solution found so far is returned;
 *     at least 1 (default {@value #DEFAULT_NODE_LIMIT}: on DUC 2006 a larger
 *     limit gave no better ROUGE, only more time)
 * @param minWords shortest selectable sentence, in words (default {@value MethodOptions#DEFAULT_MIN_WORDS})
 * @param preferReports whether sentences of expectation or speculation ("will", "is expected to",
 *     "is likely to") are let in only when the other sentences cannot fill the budget, as dangling
 *     ones are, in clusters whose documents are dated apart, except in the latest dated
 *     documents: a cluster that holds both a preview and reports of an event then tells what
 *     happened (default true; as option {@code preferReports}, 1 or 0; no effect on clusters
 *     with fewer than two distinct dates, nor with a query, which may ask for the expectations:
 *     on the DUC 2007 update set it cost 1.0 ROUGE-2)
 * @param compression shorter forms of candidate sentences (English only) that the solver may
 *     choose instead of them: the level says which kinds of cut are let in, in the order they
 *     scored: 1 parenthetical and bracketed asides ("Apple (AAPL) rose"), 2 also non-restrictive
 *     clauses and appositives between commas ("Smith, who is 45, said"), 3 also leading time or
 *     place phrases ("On Monday, "), 4 also trailing participial or relative clauses (", saying
 *     ..."), 5 also weekday phrases ("said on Friday"). A sentence and its forms exclude one
 *     another; a chosen form is output with its source sentence's span and the parts kept
 *     ({@link org.newsum.model.SummarySentence#kept()}). In [0, {@value #MAX_COMPRESSION}], 0 whole
 *     sentences only (default {@value #DEFAULT_COMPRESSION}; see docs/benchmarks/update.md,
 *     "Fourth pass")
 * @param dropLabelledLines whether a chosen sentence that opens with a short label and a colon ("Q: ...", "SUU
 *     KYI: ...", "Note: ...", a kicker before a headline fragment) is left out, the words it used filled by the best
 *     other candidates that fit beside the sentences kept (default true; as option {@code dropLabelledLines}, 1 or
 *     0): such a line is an interview's speaker tag, a list entry or an editor's note, not a sentence of the story;
 *     see docs/benchmarks/update.md, "Seventh pass"
 * @param fillLeftover with a query, whether the words the chosen sentences leave unused (fewer than any candidate
 *     needs) go to the readable sentence that fits them, uses a query word and adds the most weight not yet covered,
 *     not repeating a chosen one: a sentence shorter than {@code preferredMinWords} instead of nothing (default
 *     true; as option {@code fillLeftover}, 1 or 0; see docs/benchmarks/update.md, "Eighth pass")
 * @param historyQuotedTerms with a history, whether a sentence whose quotation marks only set off terms (no
 *     function word inside them: a ``gay panic'' defense, "grave concerns") is not taken for quoting someone, so
 *     that it may be a preferred candidate and fill the leftover words of an update summary, where a development is
 *     often told with the term someone gave it (default true; as option {@code historyQuotedTerms}, 1 or 0; on
 *     query-focused summaries without a history it cost DUC 2006 and the update file's set A; see
 *     docs/benchmarks/update.md, "Ninth pass")
 */
public record ConceptCoverageOptions(ConceptWeights weights, int preferredMinWords, int minQueryWords,
    double maxSimilarity, double historySimilarity, int nodeLimit, int minWords, boolean preferReports, int compression,
    boolean dropLabelledLines, boolean fillLeftover, boolean historyQuotedTerms)
    implements MethodOptions {
  /**
   * Default branch-and-bound nodes after which the best solution found so far is returned: on
   * DUC 2006 a larger limit gave no better ROUGE, only more time.
   */
  public static final int DEFAULT_NODE_LIMIT = 300;

  /** Highest {@code compression} level: every kind of cut. */
  public static final int MAX_COMPRESSION = 5;

  /** Default of {@code compression}: see docs/benchmarks/update.md, "Fourth pass". */
  public static final int DEFAULT_COMPRESSION = 1;

  static final List<Knob<ConceptCoverageOptions>> KNOBS = knobs();

  public ConceptCoverageOptions {
    if (weights == null) {
      throw new org.newsum.NewsumException("method 'ilp': concept weights are missing");
    }
    Summarizers.check("ilp", KNOBS.subList(ConceptWeights.KNOBS.size(), KNOBS.size()), preferredMinWords,
        minQueryWords, maxSimilarity, historySimilarity, nodeLimit, minWords, preferReports ? 1 : 0, compression,
        dropLabelledLines ? 1 : 0, fillLeftover ? 1 : 0, historyQuotedTerms ? 1 : 0);
  }

  /** The chosen defaults (see the components). */
  public static ConceptCoverageOptions defaults() {
    return new ConceptCoverageOptions(ConceptWeights.defaults(), 10, 2, 0.7, 0.8, DEFAULT_NODE_LIMIT,
        DEFAULT_MIN_WORDS, true, DEFAULT_COMPRESSION, true, true, true);
  }

  /**
   * The defaults with {@link ConceptWeights#gillickFavre2009() Gillick &amp; Favre's published
   * weights}, for comparison with the original model.
   */
  public static ConceptCoverageOptions gillickFavre2009() {
    return defaults().withWeights(ConceptWeights.gillickFavre2009());
  }

  /** These options with other concept weights. */
  public ConceptCoverageOptions withWeights(ConceptWeights other) {
    return RecordComponents.with(this, "weights", other);
  }

  /** These options with another {@code minWords} (also set by {@code default}'s knob of that name). */
  ConceptCoverageOptions withMinWords(int other) {
    return RecordComponents.with(this, "minWords", other);
  }

  @Override
  public String method() {
    return "ilp";
  }

  @Override
  public Summarizer summarizer() {
    return new ConceptCoverageSummarizer(this);
  }

  private static List<Knob<ConceptCoverageOptions>> knobs() {
    List<Knob<ConceptCoverageOptions>> knobs = new ArrayList<>();
    for (Knob<ConceptWeights> w : ConceptWeights.KNOBS) {
      knobs.add(Knob.of(w, ConceptCoverageOptions::weights, ConceptCoverageOptions::withWeights));
    }
    knobs.add(Knob.integer(ConceptCoverageOptions.class, "preferredMinWords", Range.closed(1, 1000),
        "shortest candidate sentence while longer ones can fill the budget"));
    knobs.add(Knob.integer(ConceptCoverageOptions.class, "minQueryWords", Range.closed(1, 100),
        "with a query: distinct query words a candidate sentence must use"));
    knobs.add(Knob.maxSimilarity(ConceptCoverageOptions.class));
    knobs.add(Knob.decimal(ConceptCoverageOptions.class, "historySimilarity", Range.openClosed(0, 1),
        "content-word cosine from which a sentence repeats one of the history (already read) and is left out"));
    knobs.add(Knob.integer(ConceptCoverageOptions.class, "nodeLimit", Range.closed(1, 1e9),
        "branch-and-bound nodes after which the best summary found so far is taken"));
    knobs.add(Knob.minWords(ConceptCoverageOptions.class));
    knobs.add(Knob.integer(ConceptCoverageOptions.class, "preferReports", Range.closed(0, 1),
        "1: sentences of expectation or speculation only when reports cannot fill the budget; 0: no preference"));
    knobs.add(Knob.integer(ConceptCoverageOptions.class, "compression", Range.closed(0, MAX_COMPRESSION),
        "shorter forms of sentences the solver may choose instead: 0 none; kinds of cut let in, 1 asides, 2 + clauses "
            + "between commas, 3 + leading time or place phrases, 4 + trailing clauses, 5 + weekday phrases"));
    knobs.add(Knob.integer(ConceptCoverageOptions.class, "dropLabelledLines", Range.closed(0, 1),
        "1: a chosen line that opens with a short label and a colon (\"Q:\", a speaker, a kicker) is left out and "
            + "its words filled by other sentences; 0: kept"));
    knobs.add(Knob.integer(ConceptCoverageOptions.class, "fillLeftover", Range.closed(0, 1),
        "1: with a query, the words the chosen sentences leave unused go to the best shorter readable sentence that "
            + "fits; 0: left unused"));
    knobs.add(Knob.integer(ConceptCoverageOptions.class, "historyQuotedTerms", Range.closed(0, 1),
        "1: with a history, a sentence whose quotation marks only set off terms (no function word quoted) does not "
            + "count as quoting someone; 0: any quotation mark does"));
    return List.copyOf(knobs);
  }
}
