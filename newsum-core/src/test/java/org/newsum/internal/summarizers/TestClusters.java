package org.newsum.internal.summarizers;

import java.util.ArrayList;
import java.util.List;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.text.AnalyzedCluster;
import org.newsum.text.ClusterAnalyzer;

/** Small hand-made clusters for summarizer tests. */
public final class TestClusters {
  private TestClusters() {}

  /** One document per text. */
  public static AnalyzedCluster analyze(String... documentTexts) {
    return analyzeWithQuery(null, documentTexts);
  }

  public static AnalyzedCluster analyzeWithQuery(String query, String... documentTexts) {
    List<Document> docs = new ArrayList<>();
    for (int d = 0; d < documentTexts.length; d++) {
      docs.add(Document.of("d" + d, documentTexts[d]));
    }
    return ClusterAnalyzer.standard().analyze(new Cluster("c", docs, query));
  }

  /** Index of the first sentence whose text contains {@code fragment}. */
  public static int indexOf(AnalyzedCluster cluster, String fragment) {
    for (int i = 0; i < cluster.size(); i++) {
      if (cluster.sentence(i).text().contains(fragment)) {
        return i;
      }
    }
    throw new AssertionError("no sentence contains '" + fragment + "'");
  }

  /** A cluster about a storm: one hub sentence shares words with every other sentence. */
  public static AnalyzedCluster storm() {
    return analyze(
        "The hurricane struck the coast on Monday, flooding towns and killing twelve people. "
            + "Rescue teams searched flooded towns for survivors. "
            + "Local farmers said their harvest was lost.",
        "Officials said the hurricane killed twelve people along the coast. "
            + "The storm flooded coastal towns and cut power to thousands. "
            + "A football match was postponed until next month.",
        "Twelve people died when the hurricane hit the coast. "
            + "Power was restored to most towns by Wednesday evening. "
            + "The national bank kept interest rates unchanged this week.");
  }
}
