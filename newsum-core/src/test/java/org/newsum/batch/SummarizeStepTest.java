package org.newsum.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.newsum.Newsum;
import org.newsum.SummaryRequest;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.summarizers.Summarizer;

class SummarizeStepTest {
  private static final Cluster STORM = Cluster.of("storm", List.of(Document.of("a",
      "The storm hit the coast on Monday and flooded the town. Thousands of homes lost power overnight.")));

  @Test
  void summarizesAndTimesAnalysisAndSelection() {
    AtomicLong clock = new AtomicLong();
    SummarizeStep step = SummarizeStep.of(Newsum.standard(), SummaryRequest.of("lead", Budget.sentences(1)),
        () -> clock.getAndAdd(250_000_000L));
    ClusterResult result = step.apply(STORM, "in.jsonl line 1");
    assertThat(result).isInstanceOfSatisfying(ClusterResult.Summarized.class, s -> {
      assertThat(s.seconds()).as("a quarter second to analyse, a quarter to select").isEqualTo(0.5);
      assertThat(s.summary().texts()).containsExactly("The storm hit the coast on Monday and flooded the town.");
      assertThat(s.line().toJson().get("time_s").asDouble()).isEqualTo(0.5);
    });
  }

  @Test
  void stepsSharingAnAnalysisCleanTheClusterOnce() {
    AtomicInteger cleanings = new AtomicInteger();
    Newsum counting = Newsum.standard().withCleaner(cluster -> {
      cleanings.incrementAndGet();
      return cluster;
    });
    SummarizeStep.Analysis analysis = new SummarizeStep.Analysis(counting, STORM);
    ClusterResult lead = SummarizeStep.of(counting, SummaryRequest.of("lead", Budget.sentences(1))).apply(analysis, "x");
    ClusterResult centroid = SummarizeStep.of(counting, SummaryRequest.of("centroid", Budget.sentences(1)))
        .apply(analysis, "x");
    assertThat(List.of(lead, centroid)).allSatisfy(r -> assertThat(r).isInstanceOf(ClusterResult.Summarized.class));
    assertThat(cleanings).hasValue(1);
  }

  @Test
  void badInputIsSkippedWithItsMessageAfterWhere() {
    Cluster empty = Cluster.of("empty", List.of(Document.of("a", "  ")));
    ClusterResult result = SummarizeStep.of(Newsum.standard(), SummaryRequest.of("lead", Budget.words(10)))
        .apply(empty, "in.jsonl line 4");
    assertThat(result).isEqualTo(new ClusterResult.Skipped("empty",
        "in.jsonl line 4: cluster 'empty' has no text: every document is empty"));
  }

  @Test
  void aFailingMethodIsAnInternalErrorThatNamesTheCluster() {
    Summarizer broken = new Summarizer() {
      @Override
      public String name() {
        return "broken";
      }

      @Override
      public List<Integer> select(org.newsum.text.AnalyzedCluster cluster, Budget budget) {
        throw new IllegalStateException("oops");
      }
    };
    ClusterResult result = SummarizeStep.of(Newsum.standard(), broken, Budget.words(10)).apply(STORM, "x line 2");
    assertThat(result).isEqualTo(new ClusterResult.Skipped("storm",
        "x line 2: cluster 'storm': internal error: java.lang.IllegalStateException: oops"));
  }
}
