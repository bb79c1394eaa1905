package org.newsum.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsum.evaluation.rouge.Rouge;
import org.newsum.evaluation.rouge.RougeCorpus;
import org.newsum.evaluation.rouge.RougeFiles.SystemSummary;
import org.newsum.evaluation.rouge.RougeSentences;
import org.newsum.evaluation.rouge.RougeSentences.SplitMode;
import org.newsum.model.Budget;

/**
 * The result of running methods over a cluster file: each method's summaries, the references of
 * the evaluated clusters, and the clusters that had to be skipped.
 *
 * @param budget the summary length every method was given
 * @param references reference summaries by cluster id, as written in the data file
 * @param methods each method's outputs, in the order the methods were given
 * @param skipped one message per skipped cluster (malformed line, no text, no references, failed method)
 */
public record EvaluationRun(Budget budget, Map<String, List<String>> references, List<MethodOutputs> methods,
    List<String> skipped) {
  public EvaluationRun {
    references = Collections.unmodifiableMap(new LinkedHashMap<>(references));
    methods = List.copyOf(methods);
    skipped = List.copyOf(skipped);
  }

  /** Scores one method's outputs with {@code rouge}, references split as rouge.py splits them (with its tokenizer). */
  public RougeCorpus score(Rouge rouge, MethodOutputs method) {
    Map<String, List<List<String>>> refs = new LinkedHashMap<>();
    references.forEach((id, texts) -> refs.put(id,
        texts.stream().map(t -> RougeSentences.split(t, SplitMode.AUTO, rouge.options().tokenize())).toList()));
    List<SystemSummary> summaries = method.outputs().stream()
        .map(o -> new SystemSummary(o.clusterId(), RougeSentences.ofList(o.sentences()))).toList();
    return RougeCorpus.score(rouge, summaries, refs);
  }
}
