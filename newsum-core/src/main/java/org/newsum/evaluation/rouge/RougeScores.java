package org.newsum.evaluation.rouge;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsum.NewsumException;

/**
 * The scores of one summary (or the mean over a corpus) by metric name, in rouge.py's order and
 * naming: {@code rouge-1 .. rouge-n, rouge-l, rouge-su4}.
 *
 * @param byMetric metric name → score, in report order
 */
public record RougeScores(Map<String, RougeScore> byMetric) {
  public RougeScores {
    byMetric = Collections.unmodifiableMap(new LinkedHashMap<>(byMetric));
  }

  /** The score of {@code metric} (e.g. {@code "rouge-2"}); fails naming the metrics present. */
  public RougeScore get(String metric) {
    RougeScore score = byMetric.get(metric);
    if (score == null) {
      throw new NewsumException("no ROUGE metric '" + metric + "'; have " + byMetric.keySet());
    }
    return score;
  }

  /** Corpus score as rouge.py reports it: the plain mean of each metric's R, P and F. */
  public static RougeScores mean(Collection<RougeScores> perSummary) {
    if (perSummary.isEmpty()) {
      throw new NewsumException("no summaries to average");
    }
    Map<String, RougeScore> means = new LinkedHashMap<>();
    for (String metric : perSummary.iterator().next().byMetric().keySet()) {
      double r = 0;
      double p = 0;
      double f = 0;
      for (RougeScores s : perSummary) {
        RougeScore score = s.get(metric);
        r += score.recall();
        p += score.precision();
        f += score.f();
      }
      int n = perSummary.size();
      means.put(metric, new RougeScore(r / n, p / n, f / n));
    }
    return new RougeScores(means);
  }
}
