package org.newsum.evaluation.rouge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.newsum.NewsumException;
import org.newsum.evaluation.rouge.RougeFiles.SystemSummary;

/**
 * A corpus scored by {@link Rouge}, as rouge.py scores it: every system summary whose id has
 * references, per id, plus the plain mean over ids.
 *
 * @param perId scores by summary id, in the order of the system summaries
 * @param mean the corpus score (mean of per-id R, P and F)
 * @param withoutReference system summaries skipped because their id has no references
 * @param withoutSummary reference ids that have no system summary (not scored)
 */
public record RougeCorpus(Map<String, RougeScores> perId, RougeScores mean, int withoutReference, int withoutSummary) {
  public RougeCorpus {
    perId = Collections.unmodifiableMap(new LinkedHashMap<>(perId));
  }

  /**
   * Scores every system summary against the references of its id, pairs in parallel (the result
   * does not depend on the number of threads). A later summary with the same id replaces an
   * earlier one, as in rouge.py.
   */
  public static RougeCorpus score(Rouge rouge, List<SystemSummary> summaries, Map<String, List<List<String>>> references) {
    Map<String, SystemSummary> byId = new LinkedHashMap<>();
    int withoutReference = 0;
    for (SystemSummary s : summaries) {
      if (references.containsKey(s.id())) {
        byId.put(s.id(), s);
      } else {
        withoutReference++;
      }
    }
    if (byId.isEmpty()) {
      throw new NewsumException("nothing to score: no system summary has references");
    }
    List<SystemSummary> scored = List.copyOf(byId.values());
    RougeScores[] scores = new RougeScores[scored.size()];
    IntStream.range(0, scores.length).parallel().forEach(i ->
        scores[i] = rouge.score(scored.get(i).sentences(), references.get(scored.get(i).id())));
    Map<String, RougeScores> perId = new LinkedHashMap<>();
    for (int i = 0; i < scores.length; i++) {
      perId.put(scored.get(i).id(), scores[i]);
    }
    int withoutSummary = (int) references.keySet().stream().filter(id -> !perId.containsKey(id)).count();
    return new RougeCorpus(perId, RougeScores.mean(perId.values()), withoutReference, withoutSummary);
  }
}
