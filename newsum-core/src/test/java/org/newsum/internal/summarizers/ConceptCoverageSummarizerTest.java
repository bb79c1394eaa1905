package org.newsum.internal.summarizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsum.Newsum;
import org.newsum.documents.ClusterJsonlReader;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.model.Sentence;
import org.newsum.model.Span;
import org.newsum.model.Summary;
import org.newsum.model.SummarySentence;
import org.newsum.summarizers.ConceptCoverageOptions;
import org.newsum.summarizers.Extract;
import org.newsum.summarizers.MethodOptions;
import org.newsum.summarizers.Summarizers;
import org.newsum.text.AnalyzedCluster;
import org.newsum.text.ClusterAnalyzer;

class ConceptCoverageSummarizerTest {
  private static final String STORM = "The storm flooded the coastal town of Marlow and damaged many homes there.";
  private static final String SCHOOLS = "The mayor of Marlow announced new funding for local schools next year.";
  private final ConceptCoverageSummarizer summarizer = new ConceptCoverageSummarizer();

  @Test
  void unionOfTwoSortedConceptListsIsTheirSortedDistinctConcatenation() {
    Random random = new Random(11);
    for (int trial = 0; trial < 500; trial++) {
      int[] a = random.ints(random.nextInt(12), 0, 20).sorted().distinct().toArray();
      int[] b = random.ints(random.nextInt(12), 0, 20).sorted().distinct().toArray();
      int[] expected = java.util.stream.IntStream.concat(Arrays.stream(a), Arrays.stream(b)).sorted().distinct().toArray();
      assertThat(ConceptCoverageSummarizer.union(a, b)).as("%s %s", Arrays.toString(a), Arrays.toString(b))
          .containsExactly(expected);
    }
  }

  @Test
  void beyondTheCandidateCapTheSearchIsShort() {
    // 4,800 sentences over a small vocabulary: more candidates than the solver is handed, so the
    // answer is not exact over the input anyway and the data-dependent search is kept short.
    Random random = new Random(5);
    String[] words = new String[120];
    for (int w = 0; w < words.length; w++) {
      words[w] = "word" + (char) ('a' + w % 26) + (char) ('a' + w / 26) + "el";
    }
    List<Document> documents = new ArrayList<>();
    for (int d = 0; d < 4; d++) {
      StringBuilder text = new StringBuilder();
      for (int s = 0; s < 1200; s++) {
        int length = 12 + random.nextInt(14);
        for (int w = 0; w < length; w++) {
          String word = words[(int) Math.min(words.length - 1, Math.abs(random.nextGaussian()) * 30)];
          text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(w == length - 1 ? ". " : " ");
        }
      }
      documents.add(Document.of("d" + d, text.toString()));
    }
    AnalyzedCluster large = ClusterAnalyzer.standard().analyze(new Cluster("large", documents, null));
    ConceptCoverageSummarizer ilp = new ConceptCoverageSummarizer();
    assertThat(ilp.model(large, Budget.words(250)).complete()).isFalse();
    assertThat(ilp.solve(large, Budget.words(250)).solution().nodes())
        .isLessThanOrEqualTo(2L * ConceptCoverageSummarizer.CUT_POOL_NODE_LIMIT);
    AnalyzedCluster small = ClusterAnalyzer.standard().analyze(new Cluster("small", documents.subList(0, 1), null));
    assertThat(ilp.model(small, Budget.words(250)).complete()).isTrue();
  }

  @Test
  void isRegisteredAsIlp() {
    assertThat(Summarizers.byName("ilp")).isInstanceOf(ConceptCoverageSummarizer.class);
    assertThat(Summarizers.byName("ilp").name()).isEqualTo("ilp");
  }

  @Test
  void queryPullsTheSummaryTowardsIt() {
    List<Document> docs = List.of(
        Document.of("a", STORM + " " + SCHOOLS + " Residents of the town cleaned the streets for several long days."),
        Document.of("b", SCHOOLS + " " + STORM + " Engineers inspected the old bridge near the harbour on Tuesday."),
        Document.of("c", STORM + " Volunteers handed out food and water to dozens of families at the church."));
    Budget oneSentence = Budget.words(14);

    List<String> generic = texts(Cluster.of("generic", docs), oneSentence);
    List<String> focused = texts(new Cluster("focused", docs, "What did the mayor announce about school funding?"), oneSentence);

    assertThat(generic).containsExactly(STORM);
    assertThat(focused).containsExactly(SCHOOLS);
  }

  /** Three documents that tell of the storm, one with an aside that makes its sentence too long for the budget. */
  private static Cluster stormWithAside(String withAside) {
    return Cluster.of("aside", List.of(
        Document.of("a", withAside + " " + SCHOOLS + " Residents of the town cleaned the streets for several long days."),
        Document.of("b", SCHOOLS + " Engineers inspected the old bridge near the harbour on Tuesday. " + STORM),
        Document.of("c", "Volunteers handed out food and water to dozens of families at the church. " + STORM)));
  }

  @Test
  void withCompressionTheSolverChoosesAShorterFormThatFits() {
    String withAside = STORM.replace("The storm ", "The storm (the worst in a decade) ");
    Budget budget = Budget.words(Budget.countWords(STORM));
    ConceptCoverageSummarizer compressing =
        new ConceptCoverageSummarizer((ConceptCoverageOptions) Summarizers.options("ilp").with("compression", "1"));
    // Only the aside's document tells the storm whole; its shorter form fits the budget, the sentence does not.
    Cluster alone = Cluster.of("alone", List.of(
        Document.of("a", withAside + " " + SCHOOLS),
        Document.of("b", SCHOOLS + " The storm flooded the coastal town of Marlow, residents said."),
        Document.of("c", "The storm damaged many homes there and flooded the coastal town of Marlow.")));
    AnalyzedCluster analyzedAlone = ClusterAnalyzer.standard().analyze(alone);
    Summary summary = Newsum.standard().summarize(analyzedAlone, compressing, budget);
    SummarySentence first = summary.sentences().stream().filter(SummarySentence::compressed).findFirst().orElseThrow();
    assertThat(first.text()).isEqualTo(STORM);
    assertThat(first.sentence().text()).isEqualTo(withAside);
    Extract extract = compressing.extract(analyzedAlone, budget).get(0);
    assertThat(extract.kept()).isEqualTo(first.kept());
    assertThat(first.kept()).allSatisfy(k -> assertThat(k.start()).isBetween(first.sentence().start(), first.sentence().end()));
    assertThat(summary.wordCount()).isLessThanOrEqualTo(budget.limit());
    // Without compression the long sentence cannot be chosen.
    ConceptCoverageSummarizer whole =
        new ConceptCoverageSummarizer((ConceptCoverageOptions) Summarizers.options("ilp").with("compression", "0"));
    assertThat(Newsum.standard().summarize(analyzedAlone, whole, budget).texts()).doesNotContain(STORM, withAside);
  }

  @Test
  void aSentenceAndItsShorterFormsAreNeverBothChosen() {
    String withAside = STORM.replace("The storm ", "The storm (the worst in a decade) ");
    AnalyzedCluster analyzed = ClusterAnalyzer.standard().analyze(stormWithAside(withAside));
    ConceptCoverageSummarizer compressing = new ConceptCoverageSummarizer(new ConceptCoverageOptions(
        ConceptCoverageOptions.defaults().weights(), 10, 2, 0.99, 0.8, 300, 5, true, ConceptCoverageOptions.MAX_COMPRESSION, true,
        true, true));
    ConceptCoverageSummarizer.Model model = compressing.model(analyzed, Budget.words(200));
    assertThat(model.kept()).anySatisfy(k -> assertThat(k).isNotEmpty());
    for (int a = 0; a < model.candidates().length; a++) {
      for (int b = a + 1; b < model.candidates().length; b++) {
        if (model.candidates()[a] == model.candidates()[b]) {
          assertThat(model.conflicts().conflict(a, b)).isTrue();
        }
      }
    }
    List<Integer> chosen = compressing.select(analyzed, Budget.words(200));
    assertThat(chosen).doesNotHaveDuplicates();
  }

  @Test
  void aQueryFocusedSummaryPrefersTheWritersAccountToQuotations() {
    String quoted = "``The mayor announced new funding for local schools,'' the council said on Monday.";
    String account = "The mayor of Marlow announced new funding for local schools on Monday.";
    List<Document> docs = List.of(
        Document.of("a", quoted + " " + STORM),
        Document.of("b", quoted + " " + account),
        Document.of("c", quoted + " Officials said the mayor spoke about school buses only briefly."));
    String query = "What did the mayor announce about school funding?";

    assertThat(texts(new Cluster("focused", docs, query), Budget.words(14))).containsExactly(account);
    assertThat(texts(Cluster.of("generic", docs), Budget.words(14))).containsExactly(quoted);
  }

  @Test
  void aChosenLabelledLineIsLeftOutAndItsWordsFilledByAnotherSentence() {
    String labelled = "Serious question after the storm: the coastal town of Marlow flooded again.";
    List<Document> docs = List.of(
        Document.of("a", labelled + " " + SCHOOLS),
        Document.of("b", labelled + " " + SCHOOLS),
        Document.of("c", STORM + " Volunteers handed out food and water to dozens of families at the church."));
    AnalyzedCluster analyzed = ClusterAnalyzer.standard().analyze(Cluster.of("labels", docs));
    Budget budget = Budget.words(Budget.countWords(STORM) + Budget.countWords(SCHOOLS));
    // the two copies give the labelled line its weight: near-copies counted apart
    MethodOptions copiesApart = Summarizers.options("ilp").with("nearCopyShare", "0");
    ConceptCoverageSummarizer keeping =
        new ConceptCoverageSummarizer((ConceptCoverageOptions) copiesApart.with("dropLabelledLines", "0"));
    ConceptCoverageSummarizer dropping = new ConceptCoverageSummarizer((ConceptCoverageOptions) copiesApart);

    List<String> kept = keeping.select(analyzed, budget).stream().map(i -> analyzed.sentence(i).text()).toList();
    List<String> dropped = dropping.select(analyzed, budget).stream().map(i -> analyzed.sentence(i).text()).toList();

    assertThat(kept).containsExactly(labelled, SCHOOLS);
    assertThat(dropped).containsExactly(SCHOOLS, STORM);
  }

  @Test
  void labelledLinesAreKeptWhenNothingElseIsChosen() {
    String labelled = "Storm report: the storm flooded the coastal town of Marlow and damaged many homes.";
    String other = "Other news: the mayor of Marlow announced new funding for local schools.";
    List<String> chosen = texts(Cluster.of("labels", List.of(
        Document.of("a", other + " " + labelled), Document.of("b", other + " " + labelled))), Budget.words(100));

    assertThat(chosen).containsExactlyInAnyOrder(labelled, other);
  }

  @Test
  void avoidsDanglingOpeningsWhenAnAlternativeExists() {
    String dangling = "But the storm flooded the coastal town of Marlow and damaged many homes there.";
    String alternative = "Heavy storm rains flooded the coastal town of Marlow on Monday, officials said.";
    List<Document> docs = List.of(
        Document.of("a", dangling + " " + alternative),
        Document.of("b", dangling + " " + alternative),
        Document.of("c", dangling + " Volunteers handed out food and water to dozens of families at the church."));

    List<String> chosen = texts(Cluster.of("c", docs), Budget.words(16));

    assertThat(chosen).containsExactly(alternative);
  }

  @Test
  void aDanglingSentenceWorthTakingComesWithItsPredecessorAsOneCandidate() {
    // The story's sentence dangles; the readable candidates alone would take the lead and the side
    // story. As a pair with its lead it reads in order, and covers the concepts all three documents share.
    String lead = "Officials met in Marlow on Monday.";
    String dangling = "But the storm flooded the coastal town of Marlow and damaged many homes there.";
    String side = "Volunteers handed out food and water to dozens of families at the church.";
    List<Document> docs = List.of(
        Document.of("a", lead + " " + dangling),
        Document.of("b", lead + " " + dangling),
        Document.of("c", lead + " " + dangling + " " + side));
    Budget budget = Budget.words(Budget.countWords(lead) + Budget.countWords(dangling));

    assertThat(texts(Cluster.of("pair", docs), budget)).containsExactly(lead, dangling);
  }

  @Test
  void aPairEarnsTheOutcomeBonusOnlyForTheConceptsOfTheSentenceStatingIt() {
    // Dated apart, so reports are preferred; "It approved ..." states the outcome, its lead does not.
    String lead = "The Lakeford council met on Monday to debate the river dam plan with angry farmers.";
    String outcome = "It approved the river dam plan after a debate of three hours, aides said.";
    Document report = new Document("r", "", lead + " " + outcome, LocalDate.of(2031, 3, 4), null);
    Document other = new Document("o", "", lead + " " + outcome
        + " Farmers near the river fear floods after the heavy rains of the spring season.", LocalDate.of(2031, 3, 4), null);
    Document preview = new Document("p", "", "The Lakeford council is expected to vote on the river dam plan soon.",
        LocalDate.of(2031, 3, 2), null);
    AnalyzedCluster analyzed = ClusterAnalyzer.standard().analyze(Cluster.of("outcome", List.of(report, other, preview)));
    ConceptCoverageSummarizer.Model model = summarizer.model(analyzed, Budget.words(40));

    int pairs = 0;
    for (int k = 0; k < model.candidates().length; k++) {
      if (model.partners()[k] < 0) {
        continue;
      }
      pairs++;
      int[] items = model.items()[k];
      double covered = 0;
      for (int q = 0; q < items.length - 1; q++) {
        covered += model.weights()[items[q]];
      }
      double bonus = model.weights()[items[items.length - 1]];
      assertThat(bonus).isPositive().isLessThan(ConceptCoverageSummarizer.OUTCOME_WEIGHT * covered);
    }
    assertThat(pairs).isPositive();
  }

  @Test
  void neverTakesNearDuplicatesEvenWhenTheyFit() {
    String wire = "The storm flooded the coastal town of Marlow and damaged many homes there on Monday.";
    String rewrite = "The storm flooded the coastal town of Marlow and damaged many homes there, police said on Monday.";
    List<Document> docs = List.of(Document.of("a", wire), Document.of("b", rewrite), Document.of("c", wire));

    List<String> chosen = texts(Cluster.of("c", docs), Budget.words(100));

    assertThat(chosen).hasSize(1);
  }

  @Test
  void stillSummarizesWhenOnlyDanglingSentencesExist() {
    String only = "But the storm flooded the coastal town of Marlow and damaged many homes there.";
    List<String> chosen = texts(Cluster.of("c", List.of(Document.of("a", only), Document.of("b", only))), Budget.words(20));

    assertThat(chosen).containsExactly(only);
  }

  @Test
  void fallsBackToTheLeadWhenNoSentenceHasAConcept() {
    String stopWords = "It was what it was and it is what it is.";
    List<String> chosen = texts(Cluster.of("c", List.of(Document.of("a", stopWords), Document.of("b", stopWords))), Budget.words(30));

    assertThat(chosen).containsExactly(stopWords);
  }

  @Test
  void neverExceedsTheBudgetInAnyUnit() {
    AnalyzedCluster cluster = ClusterAnalyzer.standard().analyze(randomCluster(new Random(7)));
    List<Budget> budgets = new ArrayList<>();
    for (int limit = 1; limit <= 120; limit += 7) {
      budgets.add(Budget.words(limit));
      budgets.add(Budget.bytes(limit * 6));
    }
    for (int limit = 1; limit <= 6; limit++) {
      budgets.add(Budget.sentences(limit));
    }
    for (Budget budget : budgets) {
      List<Integer> chosen = summarizer.select(cluster, budget);
      int used = chosen.stream().mapToInt(i -> budget.cost(cluster.sentence(i).text())).sum();
      assertThat(used).as("budget %s", budget).isLessThanOrEqualTo(budget.limit());
      assertThat(chosen).doesNotHaveDuplicates();
      if (budget.limit() >= 40 && budget.unit() == Budget.Unit.WORDS) {
        assertThat(chosen).as("budget %s", budget).isNotEmpty();
      }
    }
  }

  @Test
  void neverExceedsTheBudgetOnBenchmarkClusters() throws Exception {
    Path data = Path.of(System.getProperty("newsum.repo.root", "."), "..", "shared", "data", "duc2004.jsonl");
    Assumptions.assumeTrue(Files.exists(data), "skipped: " + data + " not found (benchmark data is outside the repo)");
    Newsum newsum = Newsum.standard();
    int unproven = 0;
    try (ClusterJsonlReader reader = ClusterJsonlReader.open(data)) {
      for (int k = 0; k < 5 && reader.hasNext(); k++) {
        AnalyzedCluster cluster = newsum.analyze(reader.next().cluster());
        for (Budget budget : List.of(Budget.words(100), Budget.bytes(665), Budget.sentences(3))) {
          var selection = summarizer.solve(cluster, budget);
          int used = selection.extracts().stream().mapToInt(e -> budget.cost(SummarySentence.keptText(
              cluster.sentence(e.sentence()).text(), cluster.sentence(e.sentence()).start(), e.kept().isEmpty()
                  ? List.of(new Span(cluster.sentence(e.sentence()).start(), cluster.sentence(e.sentence()).end()))
                  : e.kept()))).sum();
          assertThat(used).isLessThanOrEqualTo(budget.limit());
          assertThat(selection.chosen()).isNotEmpty();
          unproven += selection.solution().optimal() ? 0 : 1;
        }
      }
    }
    // paraphrase conflicts (Redundancy.statesSameFact) make one of these 15 reach the node limit
    assertThat(unproven).isLessThanOrEqualTo(1);
  }

  private static final String FILL_QUERY = "What happened to Marlow's schools and homes after the storm?";

  @Test
  void theWordsTheChosenSentencesLeaveGoToAShorterReadableSentenceThatFitsThem() {
    String shorter = "Schools in Marlow stay closed until Monday.";
    String dangling = "It was the worst flood in years.";
    List<Document> docs = List.of(
        Document.of("a", STORM + " " + shorter),
        Document.of("b", STORM + " " + SCHOOLS),
        Document.of("c", STORM + " " + dangling));
    AnalyzedCluster analyzed = ClusterAnalyzer.standard().analyze(new Cluster("fill", docs, FILL_QUERY));
    // room for the storm and the shorter sentence; the mayor's (12 words) does not fit beside the storm
    Budget budget = Budget.words(Budget.countWords(STORM) + Budget.countWords(shorter));
    ConceptCoverageSummarizer leaving =
        new ConceptCoverageSummarizer((ConceptCoverageOptions) Summarizers.options("ilp").with("fillLeftover", "0"));

    List<String> left = leaving.select(analyzed, budget).stream().map(i -> analyzed.sentence(i).text()).toList();
    List<String> filled = summarizer.select(analyzed, budget).stream().map(i -> analyzed.sentence(i).text()).toList();

    assertThat(left).containsExactly(STORM);
    assertThat(filled).containsExactly(STORM, shorter);
    // without a query nothing says a short sentence matters: generic summaries are not filled
    AnalyzedCluster generic = ClusterAnalyzer.standard().analyze(Cluster.of("fill", docs));
    assertThat(summarizer.select(generic, budget).stream().map(i -> generic.sentence(i).text())).containsExactly(STORM);
  }

  @Test
  void noQuotationAndNoSentenceTheNextOneLeansOnFillsTheLeftover() {
    String quotation = "\"Marlow will rebuild every home,\" the mayor said.";
    String halfStatement = "Schools in Marlow were to stay closed until Monday.";
    Budget budget = Budget.words(Budget.countWords(STORM) + Budget.countWords(halfStatement));
    for (String second : List.of(quotation, halfStatement + " But most of them reopened today.")) {
      AnalyzedCluster analyzed = ClusterAnalyzer.standard().analyze(new Cluster("fill", List.of(
          Document.of("a", STORM + " " + second), Document.of("b", STORM + " " + SCHOOLS), Document.of("c", STORM)),
          FILL_QUERY));

      List<String> filled = summarizer.select(analyzed, budget).stream().map(i -> analyzed.sentence(i).text()).toList();

      assertThat(filled).as(second).containsExactly(STORM);
    }
  }

  @Test
  void withAHistoryASentenceThatOnlyQuotesATermAnswersTheQueryButOneQuotingSpeechDoesNot() {
    String term = "The judge at the Marlow trial barred the ``storm panic'' defense of the accused man.";
    String speech = "``The storm made him do it,'' the defense told the judge at the Marlow trial.";
    String witnesses = "The Marlow trial heard two witnesses from the county fire service on Tuesday.";
    String reporters = "Reporters crowded the Marlow trial as the county court reopened its doors.";
    List<Document> read = List.of(Document.of("h", "The trial of the Marlow arsonist opened last month in the county."));
    for (String quoting : List.of(term, speech)) {
      Cluster news = new Cluster("trial", List.of(Document.of("a", quoting + " " + witnesses),
          Document.of("b", quoting + " " + reporters), Document.of("c", quoting + " Schools reopened on Monday.")),
          "What happened at the Marlow trial?");
      // room for one sentence: the quoting one, which every report has, or one the two others
      Budget budget = Budget.words(Budget.countWords(quoting));
      ConceptCoverageSummarizer off =
          new ConceptCoverageSummarizer((ConceptCoverageOptions) Summarizers.options("ilp").with("historyQuotedTerms", "0"));

      List<String> update = texts(news.withHistory(read), budget);
      List<String> quotationsOut = texts(off, news.withHistory(read), budget);
      List<String> withoutHistory = texts(news, budget);

      assertThat(update).as(quoting).containsExactly(quoting.equals(term) ? term : witnesses);
      assertThat(quotationsOut).as(quoting).containsExactly(witnesses);
      assertThat(withoutHistory).as(quoting).containsExactly(witnesses);
    }
  }

  private List<String> texts(Cluster cluster, Budget budget) {
    return texts(summarizer, cluster, budget);
  }

  private static List<String> texts(ConceptCoverageSummarizer summarizer, Cluster cluster, Budget budget) {
    AnalyzedCluster analyzed = ClusterAnalyzer.standard().analyze(cluster);
    return summarizer.select(analyzed, budget).stream().map(i -> analyzed.sentence(i).text()).toList();
  }

  /** Documents of random sentences over a small vocabulary, so that concepts recur across documents. */
  private static Cluster randomCluster(Random random) {
    String[] words = ("storm flood town river mayor school bridge power rain wind coast family road police "
        + "the a of in on and to was were said").split(" ");
    List<Document> docs = new ArrayList<>();
    for (int d = 0; d < 6; d++) {
      StringBuilder text = new StringBuilder();
      for (int s = 0; s < 12; s++) {
        int length = 5 + random.nextInt(25);
        text.append("Word");
        for (int w = 1; w < length; w++) {
          text.append(' ').append(words[random.nextInt(words.length)]);
        }
        text.append(". ");
      }
      docs.add(Document.of("d" + d, text.toString().strip()));
    }
    return Cluster.of("random", docs);
  }

  @Test
  void aDanglingSentenceLetInComesWithItsPredecessorOrNotAtAll() {
    AnalyzedCluster c = TestClusters.analyze(
        "Heavy snow closed the mountain pass on Sunday morning. "
            + "It also stranded forty trucks near the border post overnight.",
        "Rescue teams reached the stranded drivers by Monday evening. "
            + "They brought food, blankets and fuel for the engines.");
    assertThat(withContext(c, Budget.words(100), 1, 3)).containsExactly(0, 1, 2, 3);
    assertThat(withContext(c, Budget.words(28), 1, 2)).containsExactly(0, 1, 2);
    assertThat(withContext(c, Budget.words(20), 1, 2)).containsExactly(2);
  }

  private static List<Integer> withContext(AnalyzedCluster c, Budget budget, int... chosen) {
    List<Extract> extracts = Arrays.stream(chosen).mapToObj(Extract::whole).toList();
    return ConceptCoverageSummarizer.withContext(c, budget, extracts, 1, left(c, budget, extracts)).stream()
        .map(Extract::sentence).toList();
  }

  /** The budget {@code extracts} leave unused, each costing the text it keeps. */
  private static int left(AnalyzedCluster c, Budget budget, List<Extract> extracts) {
    int left = budget.limit();
    for (Extract e : extracts) {
      Sentence s = c.sentence(e.sentence());
      left -= e.kept().isEmpty() ? c.cost(e.sentence(), budget)
          : budget.cost(SummarySentence.keptText(s.text(), s.start(), e.kept()));
    }
    return left;
  }

  @Test
  void aShortenedSentenceIsJudgedDanglingByTheTextItKeepsAndGivesBackOnlyItsCost() {
    AnalyzedCluster c = TestClusters.analyze(
        "Heavy snow closed the mountain pass on Sunday morning. "
            + "On Sunday, it also stranded forty trucks near the border post overnight.",
        "Rescue teams reached the stranded drivers by Monday evening. "
            + "On Monday evening after the long storm, they brought food and fuel.",
        "Snowploughs cleared the road by Tuesday.");
    Extract stranded = shortest(c, 1);
    Extract brought = shortest(c, 3);
    assertThat(SummarySentence.keptText(c.sentence(1).text(), c.sentence(1).start(), stranded.kept()))
        .isEqualTo("It also stranded forty trucks near the border post overnight.");
    assertThat(SummarySentence.keptText(c.sentence(3).text(), c.sentence(3).start(), brought.kept()))
        .isEqualTo("They brought food and fuel.");
    // The whole sentence opens with "On Sunday"; what the summary shows opens with "It": it comes with its predecessor.
    assertThat(ConceptCoverageSummarizer.withContext(c, Budget.words(100), List.of(stranded), 1, 90))
        .containsExactly(Extract.whole(0), stranded);
    // 10 + 5 + 6 of 22 words: neither predecessor (9 words) fits once "They brought…" is dropped and gives back
    // its 5 words (not the 12 of its whole sentence), so both shortened sentences go.
    Extract cleared = Extract.whole(4);
    List<Extract> chosen = List.of(stranded, brought, cleared);
    assertThat(ConceptCoverageSummarizer.withContext(c, Budget.words(22), chosen, 1, left(c, Budget.words(22), chosen)))
        .containsExactly(cleared);
  }

  /** Sentence {@code i}'s shortest form with leading phrases cut (compression level 3), at document offsets. */
  private static Extract shortest(AnalyzedCluster c, int i) {
    Sentence s = c.sentence(i);
    List<Span> form = SentenceVariants.of(s.text(), 3).get(0);
    return new Extract(i, form.stream().map(k -> new Span(s.start() + k.start(), s.start() + k.end())).toList());
  }
}
