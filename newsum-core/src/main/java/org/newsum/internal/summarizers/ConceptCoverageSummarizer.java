package org.newsum.internal.summarizers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.newsum.internal.text.LanguageAnalysis;
import org.newsum.internal.text.Lexicon;
import org.newsum.internal.text.ScatteredTerms;
import org.newsum.internal.text.SentenceShape;
import org.newsum.internal.text.TextTokens;
import org.newsum.model.Budget;
import org.newsum.model.Characters;
import org.newsum.model.Document;
import org.newsum.model.Sentence;
import org.newsum.model.Span;
import org.newsum.model.SummarySentence;
import org.newsum.summarizers.ConceptCoverageOptions;
import org.newsum.summarizers.Extract;
import org.newsum.summarizers.Summarizer;
import org.newsum.text.AnalyzedCluster;
import org.newsum.text.TermVector;

/**
 * The default method: the concept-coverage ILP of Gillick &amp; Favre (2009), solved by branch
 * and bound. Concepts are stemmed bigrams that are not made only of stop words, plus content
 * words, weighted by {@link BigramConcepts} (how many documents use them, earlier mentions
 * counting more, boosted when they touch the query, plus a small lead prior per sentence). The
 * summary is the set of sentences (whole, or {@linkplain SentenceVariants shortened} with
 * {@link ConceptCoverageOptions#compression()}) that maximizes the total weight of the concepts it
 * covers, each concept counted once (so repetition earns nothing: coverage and diversity, as in
 * Lin &amp; Bilmes 2011), within the budget, without near-duplicates (in generic summaries also
 * {@linkplain Redundancy paraphrases}), found by {@link CoverageSolver} (proven optimal unless its
 * node limit is reached).
 *
 * <p>Candidates are {@linkplain Eligibility eligible} sentences of at least
 * {@link ConceptCoverageOptions#preferredMinWords()} words that do not start with a {@linkplain DanglingOpening
 * dangling opening} and, for a query-focused summary, use at least
 * {@link ConceptCoverageOptions#minQueryWords()} distinct query words and quote no one
 * ({@link SentenceShape#hasQuotation}: an answer to a question is the writer's account, not a
 * speaker's words out of context; with a history, quotation marks that only set off
 * {@linkplain QuotedTerms terms} are no quotation, {@link ConceptCoverageOptions#historyQuotedTerms()}); when those cannot fill the budget, the others are let back
 * in, those with a dangling opening last, and with them (unless
 * {@link ConceptCoverageOptions#preferReports()} is off, or the summary answers a query) those of
 * {@linkplain Speculation expectation or speculation} when the cluster may hold previews of an event and reports of
 * it (two documents, or a document and the history, are dated apart): in any document, the latest too, which may
 * look back at the expectations.
 * In such a cluster reports are also preferred by weight: documents count by their share of sentences that are
 * not speculation ({@link BigramConcepts#reportShare}), and a sentence that states an
 * {@linkplain Speculation#isOutcome outcome} ("agreed", "reached", "lasted") is worth {@link #OUTCOME_WEIGHT} more.
 * A sentence that repeats one of the cluster's history (content-word cosine of
 * {@link ConceptCoverageOptions#historySimilarity()} or more) is never a candidate: the reader has
 * read it. A sentence left out only for its dangling opening is still a candidate together with the sentence
 * before it in its document, as one item ({@link #pairs}).
 * With {@link ConceptCoverageOptions#dropLabelledLines()}, a chosen {@linkplain LabelledLine labelled line}
 * ("Q: ...", a kicker before a headline fragment) is left out after solving and the words it used are filled by the
 * best other candidates beside the sentences kept; leaving such lines out before solving instead changed which
 * sentences the solver paired, and lost the seeds' cease-fire sentence (docs/benchmarks/update.md, "Seventh pass").
 */
public final class ConceptCoverageSummarizer implements Summarizer {
  /**
   * What a sentence that states an outcome adds to its worth, as a share of the weight of the
   * concepts it covers, when reports are preferred: enough that of two sentences about one event
   * the one saying what it produced wins, not so much that an outcome of a side story beats the
   * main one.
   */
  static final double OUTCOME_WEIGHT = 0.5;
  /**
   * Most branch-and-bound nodes when the candidates were cut to the {@link TopScores#MAX_CANDIDATES}
   * best (inputs far larger than a news cluster): the answer is not exact over the input then
   * anyway, and the search, whose length depends on the data, stays a small constant beside the
   * work that grows with the input.
   */
  static final int CUT_POOL_NODE_LIMIT = 50;
  private final ConceptCoverageOptions settings;

  /** With {@link ConceptCoverageOptions#defaults()}. */
  public ConceptCoverageSummarizer() {
    this(ConceptCoverageOptions.defaults());
  }

  public ConceptCoverageSummarizer(ConceptCoverageOptions options) {
    this.settings = options;
  }

  @Override
  public String name() {
    return "ilp";
  }

  /**
   * {@inheritDoc}
   *
   * <p>When no sentence carries a concept (say, sentences of stop words only), the lead is
   * returned rather than nothing.
   */
  @Override
  public List<Integer> select(AnalyzedCluster cluster, Budget budget) {
    return extract(cluster, budget).stream().map(Extract::sentence).toList();
  }

  /**
   * {@inheritDoc}
   *
   * <p>With {@link ConceptCoverageOptions#compression()}, a chosen sentence may be one of its
   * {@linkplain SentenceVariants shorter forms}. When no sentence carries a concept (say,
   * sentences of stop words only), the lead is returned rather than nothing.
   */
  @Override
  public List<Extract> extract(AnalyzedCluster cluster, Budget budget) {
    Selection selection = solve(cluster, budget);
    List<Extract> chosen = selection.extracts();
    if (chosen.isEmpty()) {
      return new LeadSummarizer().extract(cluster, budget);
    }
    return withContext(cluster, budget, chosen, settings.minWords(), budget.limit() - selection.cost());
  }

  /**
   * {@code chosen} with every sentence that opens dangling (let in only when the readable
   * candidates could not fill the budget) preceded by the sentence before it in its document:
   * that sentence is added whole when it is {@linkplain Eligibility eligible} and fits the budget
   * left, else the dangling one is dropped. A shortened sentence is judged by the text it keeps
   * (a cut leading phrase may leave a pronoun first) and gives back only the cost of that text.
   * Done from the last sentence back, so that a chain of dangling sentences is resolved whole.
   * When nothing would be left, {@code chosen} is returned as it is: better a dangling sentence
   * than no summary. {@code budgetLeft} is the budget {@code chosen} leaves unused.
   */
  static List<Extract> withContext(AnalyzedCluster cluster, Budget budget, List<Extract> chosen, int minWords,
      int budgetLeft) {
    TreeMap<Integer, Extract> kept = new TreeMap<>();
    for (Extract e : chosen) {
      kept.put(e.sentence(), e);
    }
    int left = budgetLeft;
    Integer i = kept.lastKey();
    while (i != null) {
      Extract e = kept.get(i);
      boolean dangles = DanglingOpening.isDangling(cluster.language(), text(cluster, e));
      boolean hasPredecessor = i > 0 && cluster.sentence(i - 1).documentIndex() == cluster.sentence(i).documentIndex();
      if (dangles && !(hasPredecessor && kept.containsKey(i - 1))) {
        int predecessorCost = hasPredecessor ? cluster.cost(i - 1, budget) : Integer.MAX_VALUE;
        if (predecessorCost <= left && Eligibility.isEligible(cluster, i - 1, minWords)) {
          kept.put(i - 1, Extract.whole(i - 1));
          left -= predecessorCost;
        } else {
          kept.remove(i);
          left += cost(cluster, budget, e);
        }
      }
      i = kept.lowerKey(i);
    }
    return kept.isEmpty() ? chosen : List.copyOf(kept.values());
  }

  /** The text {@code e} shows: its sentence's, or the parts it keeps. */
  private static String text(AnalyzedCluster cluster, Extract e) {
    Sentence s = cluster.sentence(e.sentence());
    return e.kept().isEmpty() ? s.text() : SummarySentence.keptText(s.text(), s.start(), e.kept());
  }

  /** The budget {@code e} uses: its sentence's cost, or that of the text it keeps. */
  private static int cost(AnalyzedCluster cluster, Budget budget, Extract e) {
    return e.kept().isEmpty() ? cluster.cost(e.sentence(), budget) : budget.cost(text(cluster, e));
  }

  /** The selection with the solver's statistics, for benchmarks. */
  Selection solve(AnalyzedCluster cluster, Budget budget) {
    Model model = model(cluster, budget);
    CoverageSolver.Solution solution =
        new CoverageSolver(model.items(), model.weights(), model.costs(), model.conflicts(),
            model.complete() ? settings.nodeLimit() : Math.min(settings.nodeLimit(), CUT_POOL_NODE_LIMIT))
            .solve(model.capacity());
    if (settings.dropLabelledLines()) {
      solution = withoutLabels(cluster, model, solution);
    }
    List<Extract> chosen = new ArrayList<>(solution.chosen().length);
    int cost = 0;
    for (int k : solution.chosen()) {
      if (model.partners()[k] >= 0) {
        chosen.add(Extract.whole(model.partners()[k]));
      }
      chosen.add(new Extract(model.candidates()[k], model.kept().get(k)));
      cost += model.costs()[k];
    }
    // The words left unused go to the best readable sentences that fit them, one at a time while one does.
    for (int fill = settings.fillLeftover() && !chosen.isEmpty() ? 0 : -1; fill >= 0; ) {
      fill = filler(cluster, budget, model.concepts(), chosen, model.capacity() - cost);
      if (fill >= 0) {
        chosen.add(Extract.whole(fill));
        cost += cluster.cost(fill, budget);
      }
    }
    return new Selection(List.copyOf(chosen), cost, solution);
  }

  /**
   * Whether content terms {@code a} (scattered) and {@code b} of {@code cluster} repeat each other: in a generic
   * summary by {@link Redundancy#repeats} (near-duplicates and paraphrases), with a query by the cosine alone:
   * answers to one query share its words and names by design, and telling them apart by shared terms cost DUC 2006
   * 0.15 SU4.
   */
  private boolean repeats(AnalyzedCluster cluster, ScatteredTerms a, TermVector b) {
    return cluster.queryTerms().length == 0 ? Redundancy.repeats(a, b, settings.maxSimilarity())
        : a.cosine(b) >= settings.maxSimilarity();
  }

  /**
   * The sentence that best fills the {@code left} words {@code chosen} leave, or -1: with a query, of the sentences
   * that pass the {@linkplain Filter#READABLE readable} filter (so also those shorter than {@code preferredMinWords}),
   * use a query word, are not chosen, fit, {@linkplain #quotesSomeone quote no one} (a short quotation is a fragment
   * out of its context), are
   * no {@linkplain LabelledLine labelled line} when those are dropped, have no {@linkplain #leansOn next sentence
   * leaning on them} and repeat no chosen sentence, the one adding the most weight of concepts not yet covered. The
   * solver never sees these words' use: a sentence that fits them is no candidate, or it would have been chosen.
   * Without a query nothing but shared names says a short sentence matters, and the short sentences of generic
   * clusters are often page furniture ("See more of ... on Facebook", bylines; Multi-News dev): those are not filled.
   */
  int filler(AnalyzedCluster cluster, Budget budget, BigramConcepts concepts, List<Extract> chosen, int left) {
    if (left < settings.minWords() || cluster.queryTerms().length == 0) {
      return -1;
    }
    boolean[] covered = new boolean[concepts.weights().length];
    boolean[] taken = new boolean[cluster.size()];
    for (Extract e : chosen) {
      taken[e.sentence()] = true;
      for (int c : concepts.conceptsOf(e.sentence())) {
        covered[c] = true;
      }
    }
    boolean previews = reportsPreferred(cluster);
    ScatteredTerms scattered = new ScatteredTerms();
    int best = -1;
    double bestGain = 0;
    for (int i = 0; i < cluster.size(); i++) {
      if (taken[i] || cluster.cost(i, budget) > left || cluster.queryTermCount(i) == 0 || leansOn(cluster, i)
          || quotesSomeone(cluster, i)
          || !admits(cluster, budget, concepts, Filter.READABLE, i, previews, true, true)
          || settings.dropLabelledLines()
              && LabelledLine.isLabelled(cluster.sentence(i).text(), cluster.sentence(i).index() == 0)) {
        continue;
      }
      double gain = 0;
      for (int c : concepts.conceptsOf(i)) {
        gain += covered[c] ? 0 : concepts.weights()[c];
      }
      if (gain <= bestGain) {
        continue;
      }
      ScatteredTerms candidate = scattered.of(cluster.contentTerms(i));
      if (chosen.stream().noneMatch(e -> repeats(cluster, candidate, cluster.contentTerms(e.sentence())))) {
        best = i;
        bestGain = gain;
      }
    }
    return best;
  }

  /**
   * Whether the sentence after {@code i} in its document opens {@linkplain DanglingOpening dangling} on it ("The
   * meeting was scheduled for half an hour." before "But it lasted more than two."): alone, {@code i} tells half a
   * statement, and as a filler it would come without the rest.
   */
  private static boolean leansOn(AnalyzedCluster cluster, int i) {
    return i + 1 < cluster.size() && cluster.sentence(i + 1).documentIndex() == cluster.sentence(i).documentIndex()
        && DanglingOpening.isDangling(cluster.language(), cluster.sentence(i + 1).text());
  }

  /**
   * {@code solution} without its {@linkplain LabelledLine labelled lines}, the words they used filled by the best
   * other candidates that fit beside the items kept (which stay chosen: only the gap is solved again); as it is
   * when every item chosen is one (better a labelled line than no summary).
   */
  private CoverageSolver.Solution withoutLabels(AnalyzedCluster cluster, Model model, CoverageSolver.Solution solution) {
    int items = model.items().length;
    boolean[] kept = new boolean[items];
    int[] keptItems = new int[solution.chosen().length];
    int keptCount = 0;
    int left = model.capacity();
    for (int k : solution.chosen()) {
      if (!labelled(cluster, model, k)) {
        kept[k] = true;
        keptItems[keptCount++] = k;
        left -= model.costs()[k];
      }
    }
    if (keptCount == solution.chosen().length || keptCount == 0) {
      return solution;
    }
    boolean[] covered = new boolean[model.weights().length];
    double value = 0;
    for (int j = 0; j < keptCount; j++) {
      for (int c : model.items()[keptItems[j]]) {
        value += covered[c] ? 0 : model.weights()[c];
        covered[c] = true;
      }
    }
    int[] open = new int[items];
    int[][] uncovered = new int[items][];
    int openCount = 0;
    for (int k = 0; k < items; k++) {
      if (kept[k] || model.costs()[k] > left || conflictsWithAny(model.conflicts(), k, keptItems, keptCount)
          || labelled(cluster, model, k)) {
        continue;
      }
      int[] rest = Arrays.stream(model.items()[k]).filter(c -> !covered[c]).toArray();
      if (rest.length > 0) {
        open[openCount] = k;
        uncovered[openCount++] = rest;
      }
    }
    int[] map = Arrays.copyOf(open, openCount);
    int[] costs = new int[openCount];
    for (int o = 0; o < openCount; o++) {
      costs[o] = model.costs()[map[o]];
    }
    CoverageSolver.Solution gap = new CoverageSolver(Arrays.copyOf(uncovered, openCount), model.weights(), costs,
        (a, b) -> model.conflicts().conflict(map[a], map[b]), settings.nodeLimit()).solve(left);
    int[] chosen = Arrays.copyOf(keptItems, keptCount + gap.chosen().length);
    for (int g = 0; g < gap.chosen().length; g++) {
      chosen[keptCount + g] = map[gap.chosen()[g]];
    }
    Arrays.sort(chosen);
    return new CoverageSolver.Solution(chosen, value + gap.value(), solution.optimal() && gap.optimal(),
        solution.nodes() + gap.nodes());
  }

  private static boolean conflictsWithAny(CoverageSolver.Conflicts conflicts, int item, int[] others, int count) {
    for (int j = 0; j < count; j++) {
      if (conflicts.conflict(others[j], item)) {
        return true;
      }
    }
    return false;
  }

  /** Whether item {@code k} of {@code model} shows a {@linkplain LabelledLine labelled line} (in a pair, either sentence). */
  private static boolean labelled(AnalyzedCluster cluster, Model model, int k) {
    int i = model.candidates()[k];
    int p = model.partners()[k];
    return LabelledLine.isLabelled(text(cluster, new Extract(i, model.kept().get(k))), cluster.sentence(i).index() == 0)
        || p >= 0 && LabelledLine.isLabelled(cluster.sentence(p).text(), cluster.sentence(p).index() == 0);
  }

  /**
   * The coverage problem this method solves for a cluster: its candidates (item {@code k} is
   * sentence {@code candidates[k]}, whole or, with compression, a {@linkplain SentenceVariants
   * shorter form} keeping {@code kept[k]}, preceded, when {@code partners[k]} is not -1, by that sentence whole:
   * see {@link #pairs}), the concepts of each (numbered within the model),
   * their weights, the item costs, the conflicts (near-duplicates; items sharing a sentence) and the capacity. Kept apart
   * from solving so that a reference solver can be handed exactly the same problem.
   */
  Model model(AnalyzedCluster cluster, Budget budget) {
    boolean reports = reportsPreferred(cluster);
    BigramConcepts concepts = BigramConcepts.of(cluster, settings.weights(), settings.minQueryWords(), reports);
    Filter filter = Filter.PREFERRED;
    int[] sentences = candidates(cluster, budget, concepts, filter);
    for (Filter looser : List.of(Filter.READABLE, Filter.ELIGIBLE)) {
      if (totalCost(cluster, budget, sentences) < budget.limit()) {
        filter = looser;
        sentences = candidates(cluster, budget, concepts, looser);
      }
    }
    List<Unit> all = new ArrayList<>();
    for (int i : sentences) {
      if (cluster.cost(i, budget) <= budget.limit()) {
        all.add(new Unit(i, -1, List.of(), concepts.conceptsOf(i), cluster.contentTerms(i), cluster.cost(i, budget)));
      }
      all.addAll(forms(cluster, budget, concepts, i, filter));
    }
    if (filter != Filter.ELIGIBLE) {
      all.addAll(pairs(cluster, budget, concepts, filter));
    }
    // The solver's nodes and conflict rows cost the number of candidates: keep it bounded.
    double[] conceptWeights = concepts.weights();
    double[] bonus = new double[all.size()];
    for (int u = 0; u < bonus.length; u++) {
      bonus[u] = reports ? outcomeBonus(cluster, concepts, all.get(u)) : 0;
    }
    int[] units = new int[all.size()];
    for (int u = 0; u < units.length; u++) {
      units[u] = u;
    }
    int[] best = TopScores.best(units,
        u -> (covered(concepts, all.get(u).concepts()) + bonus[u]) / all.get(u).cost());
    int[] candidates = new int[best.length];
    int[] partners = new int[best.length];
    List<List<Span>> kept = new ArrayList<>(best.length);
    int[][] items = new int[best.length][];
    int[] costs = new int[best.length];
    TermVector[] vectors = new TermVector[best.length];
    // The solver's arrays are indexed by concept: the model numbers only the concepts of its
    // candidates, 0, 1, ... in the order of their ids (so that ties break as by id), and the
    // solver's memory and time follow the bounded pool instead of the input's vocabulary.
    int[] modelId = new int[conceptWeights.length];
    for (int u : best) {
      for (int c : all.get(u).concepts()) {
        modelId[c] = 1;
      }
    }
    int used = 0;
    for (int c = 0; c < modelId.length; c++) {
      modelId[c] = modelId[c] == 1 ? used++ : -1;
    }
    double[] weights = new double[used + (reports ? best.length : 0)];
    for (int c = 0; c < modelId.length; c++) {
      if (modelId[c] >= 0) {
        weights[modelId[c]] = conceptWeights[c];
      }
    }
    for (int k = 0; k < best.length; k++) {
      Unit unit = all.get(best[k]);
      candidates[k] = unit.sentence();
      partners[k] = unit.partner();
      kept.add(unit.kept());
      items[k] = unit.concepts().clone();
      for (int q = 0; q < items[k].length; q++) {
        items[k][q] = modelId[items[k][q]];
      }
      costs[k] = unit.cost();
      vectors[k] = unit.vector();
      if (bonus[best[k]] > 0) {
        // An outcome sentence carries a concept of its own, worth OUTCOME_WEIGHT of what it covers.
        int own = used + k;
        weights[own] = bonus[best[k]];
        items[k] = Arrays.copyOf(items[k], items[k].length + 1);
        items[k][items[k].length - 1] = own;
      }
    }
    // The solver asks for one chosen item's conflicts with every other at a time: scatter it once.
    ScatteredTerms scattered = new ScatteredTerms();
    CoverageSolver.Conflicts nearDuplicates = (a, b) -> repeats(cluster, scattered.of(vectors[a]), vectors[b]);
    CoverageSolver.Conflicts conflicts = (a, b) -> candidates[a] == candidates[b] || candidates[a] == partners[b]
        || partners[a] == candidates[b] || partners[a] >= 0 && partners[a] == partners[b] || nearDuplicates.conflict(a, b);
    return new Model(candidates, partners, List.copyOf(kept), items, weights, costs, conflicts, budget.limit(),
        best.length == all.size(), concepts);
  }

  /**
   * The {@linkplain SentenceVariants shorter forms} of candidate sentence {@code i} that pass the
   * candidate filter as the sentence did (in English, with {@link ConceptCoverageOptions#compression()}):
   * long enough, not opening dangling, still answering the query, cheaper and with concepts.
   * Their terms are the sentence's tokens within the parts kept, by the analysis' own tokenizer
   * (none when its tokens do not line up with the sentence's terms).
   */
  private List<Unit> forms(AnalyzedCluster cluster, Budget budget, BigramConcepts concepts, int i, Filter filter) {
    Sentence s = cluster.sentence(i);
    List<List<Span>> forms = settings.compression() == 0 || !DanglingOpening.ENGLISH.equals(cluster.language())
        ? List.of() : SentenceVariants.of(s.text(), settings.compression());
    if (forms.isEmpty()) {
      return List.of();
    }
    TextTokens tokens = new TextTokens();
    Lexicon.forThisThread(cluster.language())
        .tokenize(cluster.cluster().documents().get(s.documentIndex()).text(), s.start(), s.end(), tokens);
    int[] terms = cluster.terms(i);
    if (tokens.size() != terms.length) {
      return List.of();
    }
    int minWords = filter == Filter.PREFERRED ? Math.max(settings.minWords(), settings.preferredMinWords()) : settings.minWords();
    List<Unit> out = new ArrayList<>();
    for (List<Span> form : forms) {
      String text = SentenceVariants.text(s.text(), form);
      int cost = budget.cost(text);
      if (Characters.countWords(text) < minWords || cost >= cluster.cost(i, budget) || cost > budget.limit()
          || filter != Filter.ELIGIBLE && DanglingOpening.isDangling(cluster.language(), text)) {
        continue;
      }
      int[] kept = keptTerms(tokens, terms, s.start(), form);
      int[] formConcepts = concepts.conceptsOf(i, kept);
      if (formConcepts.length == 0 || filter == Filter.PREFERRED && cluster.queryTerms().length > 0
          && distinctQueryTerms(cluster, kept) < settings.minQueryWords()) {
        continue;
      }
      out.add(new Unit(i, -1, form.stream().map(k -> new Span(s.start() + k.start(), s.start() + k.end())).toList(),
          formConcepts, TermVector.contentTermFrequencies(kept, cluster.vocabulary()), cost));
    }
    return out;
  }

  /** The terms of the tokens (at document offsets, the sentence at {@code offset}) that lie within a kept part. */
  private static int[] keptTerms(TextTokens tokens, int[] terms, int offset, List<Span> kept) {
    int[] out = new int[terms.length];
    int n = 0;
    int part = 0;
    for (int k = 0; k < terms.length; k++) {
      int start = tokens.start(k) - offset;
      while (part < kept.size() && kept.get(part).end() <= start) {
        part++;
      }
      if (part < kept.size() && kept.get(part).start() <= start && tokens.end(k) - offset <= kept.get(part).end()) {
        out[n++] = terms[k];
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** The number of distinct query terms among {@code terms}. */
  private static int distinctQueryTerms(AnalyzedCluster cluster, int[] terms) {
    int[] query = new int[terms.length];
    int count = 0;
    for (int t : terms) {
      if (cluster.isQueryTerm(t)) {
        query[count++] = t;
      }
    }
    return BigramConcepts.sortedDistinct(query, count).length;
  }

  /**
   * A candidate: sentence {@code sentence}, whole ({@code kept} empty) or a shorter form, with its concepts, content
   * terms and cost; with a {@code partner} (else -1), the sentence before it in its document, taken whole with it.
   */
  private record Unit(int sentence, int partner, List<Span> kept, int[] concepts, TermVector vector, int cost) {}

  /**
   * The candidates that are a sentence left out by {@code filter} only for its {@linkplain DanglingOpening dangling
   * opening}, taken together with the sentence before it in its document, which must pass the filter too but for
   * the query words (the pair answers the query through the sentence wanted) and not dangle itself: a short
   * lead-in is no better a candidate for coming first. The pair covers the concepts and content terms of
   * both and costs both. Without them the solver lost such a sentence's content whenever it needed context
   * (issue 14's readability rule cost DUC 2004 0.07 R-2); as a pair it reads in order, the predecessor first.
   */
  private List<Unit> pairs(AnalyzedCluster cluster, Budget budget, BigramConcepts concepts, Filter filter) {
    List<Unit> out = new ArrayList<>();
    boolean previews = reportsPreferred(cluster);
    for (int i = 1; i < cluster.size(); i++) {
      int p = i - 1;
      // The tests that read arrays first, for both sentences: the text of most sentences is never read.
      if (!admitsByArrays(cluster, budget, concepts, filter, i, true)
          || !admitsByArrays(cluster, budget, concepts, filter, p, false)
          || !leansOn(cluster, p)
          || !admitsByText(cluster, filter, i, previews, false)
          || !admitsByText(cluster, filter, p, previews, true)) {
        continue;
      }
      int cost = cluster.cost(p, budget) + cluster.cost(i, budget);
      if (cost <= budget.limit()) {
        int[] both = union(concepts.conceptsOf(p), concepts.conceptsOf(i));
        int[] first = cluster.terms(p);
        int[] terms = Arrays.copyOf(first, first.length + cluster.terms(i).length);
        System.arraycopy(cluster.terms(i), 0, terms, first.length, cluster.terms(i).length);
        out.add(new Unit(i, p, List.of(), both, TermVector.contentTermFrequencies(terms, cluster.vocabulary()), cost));
      }
    }
    return out;
  }

  /** The ids in {@code a} or {@code b} (each ascending and distinct), ascending and distinct. */
  static int[] union(int[] a, int[] b) {
    int[] out = new int[a.length + b.length];
    int n = 0;
    int x = 0;
    int y = 0;
    while (x < a.length && y < b.length) {
      int s = a[x];
      int t = b[y];
      out[n++] = Math.min(s, t);
      x += s <= t ? 1 : 0;
      y += t <= s ? 1 : 0;
    }
    while (x < a.length) {
      out[n++] = a[x++];
    }
    while (y < b.length) {
      out[n++] = b[y++];
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /** The total weight of {@code items}, concept ids. */
  private static double covered(BigramConcepts concepts, int[] items) {
    double covered = 0;
    for (int c : items) {
      covered += concepts.weights()[c];
    }
    return covered;
  }

  /**
   * How much more {@code unit} is worth, when reports are preferred, for stating an {@linkplain Speculation#isOutcome
   * outcome}: {@link #OUTCOME_WEIGHT} of what the sentence that states it covers (of a pair, only that sentence's
   * concepts: a lead before "But it lasted two hours" is no outcome, and counting it lost the seeds' cease-fire).
   */
  private static double outcomeBonus(AnalyzedCluster cluster, BigramConcepts concepts, Unit unit) {
    double bonus = 0;
    if (Speculation.isOutcome(cluster.sentence(unit.sentence()).text())) {
      bonus += OUTCOME_WEIGHT
          * covered(concepts, unit.partner() < 0 ? unit.concepts() : concepts.conceptsOf(unit.sentence()));
    }
    if (unit.partner() >= 0 && Speculation.isOutcome(cluster.sentence(unit.partner()).text())) {
      bonus += OUTCOME_WEIGHT * covered(concepts, concepts.conceptsOf(unit.partner()));
    }
    return bonus;
  }

  /**
   * Whether this summary prefers what happened over what was expected: {@link
   * ConceptCoverageOptions#preferReports()} is on, the summary is generic (a query says what the
   * reader wants, and may ask for the expectations, as DUC 2007's "include predictions and
   * expectations reported in the press") and the cluster is {@linkplain #datedApart dated apart}.
   */
  private boolean reportsPreferred(AnalyzedCluster cluster) {
    return settings.preferReports() && cluster.queryTerms().length == 0 && datedApart(cluster);
  }

  /**
   * A coverage problem over candidate sentences; see {@link #model}. {@code complete}: every
   * candidate is in it (false when they were cut to the {@link TopScores#MAX_CANDIDATES} best). {@code concepts}:
   * the cluster's concepts, whose ids the model renumbers (for {@link #filler}, which looks beyond the candidates).
   */
  record Model(int[] candidates, int[] partners, List<List<Span>> kept, int[][] items, double[] weights, int[] costs,
      CoverageSolver.Conflicts conflicts, int capacity, boolean complete, BigramConcepts concepts) {}

  /**
   * A selection (sentences, whole or shortened), the budget it uses (each item's cost in the
   * model, a shortened sentence's that of its kept text), and how the solver got it.
   */
  record Selection(List<Extract> extracts, int cost, CoverageSolver.Solution solution) {
    /** The chosen sentences' indices. */
    List<Integer> chosen() {
      return extracts.stream().map(Extract::sentence).toList();
    }
  }

  /** How choosy the candidate filter is, from the preferred sentences to every eligible one (READABLE: neither dangling nor speculative). */
  private enum Filter { PREFERRED, READABLE, ELIGIBLE }

  /** The sentences that {@code filter} admits, ascending (a loop: a stream pipeline here cost more than its tests). */
  private int[] candidates(AnalyzedCluster cluster, Budget budget, BigramConcepts concepts, Filter filter) {
    boolean previews = reportsPreferred(cluster);
    int[] admitted = new int[cluster.size()];
    int count = 0;
    for (int i = 0; i < admitted.length; i++) {
      if (admits(cluster, budget, concepts, filter, i, previews, true, true)) {
        admitted[count++] = i;
      }
    }
    return Arrays.copyOf(admitted, count);
  }

  /**
   * Whether sentence {@code i} passes {@code filter}; with {@code danglingOut} false, whether it would but for a
   * dangling opening; with {@code queryWordsIn} false, but for the preferred filter's query words.
   * {@code previews}: whether {@linkplain #reportsPreferred reports are preferred}.
   */
  private boolean admits(AnalyzedCluster cluster, Budget budget, BigramConcepts concepts, Filter filter, int i,
      boolean previews, boolean danglingOut, boolean queryWordsIn) {
    // Tests that read arrays first, those that read the text after.
    return admitsByArrays(cluster, budget, concepts, filter, i, queryWordsIn)
        && admitsByText(cluster, filter, i, previews, danglingOut);
  }

  /** The part of {@link #admits} that reads the analysis' arrays (and {@linkplain Eligibility eligibility}). */
  private boolean admitsByArrays(AnalyzedCluster cluster, Budget budget, BigramConcepts concepts, Filter filter, int i,
      boolean queryWordsIn) {
    return !(concepts.conceptsOf(i).length == 0
        || cluster.cost(i, budget) > budget.limit() && settings.compression() == 0
        || cluster.historySimilarity(i) >= settings.historySimilarity()
        || filter == Filter.PREFERRED && (cluster.wordCount(i) < settings.preferredMinWords()
            || queryWordsIn && !usesQuery(cluster, i, settings.minQueryWords()))
        || !Eligibility.isEligible(cluster, i, settings.minWords()));
  }

  /** The part of {@link #admits} that reads the sentence's text: its opening, speculation, quotation. */
  private boolean admitsByText(AnalyzedCluster cluster, Filter filter, int i, boolean previews, boolean danglingOut) {
    if (filter != Filter.ELIGIBLE
        && (danglingOut && DanglingOpening.isDangling(cluster.language(), cluster.sentence(i).text())
            || previews && Speculation.isSpeculative(cluster.sentence(i).text()))) {
      return false;
    }
    return !(filter == Filter.PREFERRED && cluster.queryTerms().length > 0 && quotesSomeone(cluster, i));
  }

  /**
   * Whether sentence {@code i} quotes someone ({@link SentenceShape#hasQuotation}), which an answer to a query should
   * not: with a history and {@link ConceptCoverageOptions#historyQuotedTerms()}, not when its quotation marks only
   * set off {@linkplain QuotedTerms terms} ("a ``gay panic'' defense").
   */
  private boolean quotesSomeone(AnalyzedCluster cluster, int i) {
    String text = cluster.sentence(i).text();
    return SentenceShape.hasQuotation(text) && !(settings.historyQuotedTerms() && cluster.hasHistory()
        && QuotedTerms.only(text, LanguageAnalysis.of(cluster.language())::isStopWord));
  }

  /**
   * Whether the cluster may hold both previews of an event and reports of it: two of its
   * documents, or of its documents and its history (what the reader has read), are dated apart.
   * Then a sentence of expectation is left out of any document, the latest too, which recalls the
   * expectations when it looks back at them.
   */
  private static boolean datedApart(AnalyzedCluster cluster) {
    LocalDate first = null;
    for (List<Document> documents : List.of(cluster.cluster().documents(), cluster.cluster().history())) {
      for (Document d : documents) {
        if (d.date() != null && first == null) {
          first = d.date();
        } else if (d.date() != null && !d.date().equals(first)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether sentence {@code i} uses {@code need} distinct query words; always true without a query. */
  private static boolean usesQuery(AnalyzedCluster cluster, int i, int need) {
    return cluster.queryTerms().length == 0 || cluster.queryTermCount(i) >= need;
  }

  private static long totalCost(AnalyzedCluster cluster, Budget budget, int[] candidates) {
    long total = 0;
    for (int i : candidates) {
      int cost = cluster.cost(i, budget);
      total += cost <= budget.limit() ? cost : 0;
    }
    return total;
  }
}
