package org.newsum;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.model.Span;
import org.newsum.model.Summary;
import org.newsum.model.SummarySentence;
import org.newsum.summarizers.Summarizers;

/**
 * Fuzz target: {@link Newsum#summarize} on any cluster, method and budget throws nothing but
 * {@link NewsumException}, never exceeds the budget, never repeats a sentence, and every
 * summary sentence is the text at its span in its source document. Input layout: byte 0
 * chooses method and budget unit, byte 1 the limit, the rest is documents separated by
 * {@code U+001E}. Run longer with {@code bin/fuzz NewsumFuzzTest 600}.
 */
class NewsumFuzzTest {
  private static final Newsum NEWSUM = Newsum.standard();
  private static final List<String> METHODS = Summarizers.names();

  @FuzzTest(maxDuration = "5s")
  void summarizeHonoursItsContract(byte[] input) {
    fuzzerTestOneInput(input);
  }

  /** The target, also run by Jazzer's command-line driver. */
  public static void fuzzerTestOneInput(byte[] input) {
    if (input.length < 2) {
      return;
    }
    String method = METHODS.get((input[0] & 0xFF) % METHODS.size());
    Budget.Unit unit = Budget.Unit.values()[(input[0] & 0xFF) / METHODS.size() % Budget.Unit.values().length];
    Budget budget = new Budget(unit, 1 + (input[1] & 0xFF) * (unit == Budget.Unit.BYTES ? 8 : 1));
    String[] texts = new String(input, 2, input.length - 2, StandardCharsets.UTF_8).split("\u001e", 20);
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      docs.add(Document.of("d" + i, texts[i]));
    }
    Summary summary;
    try {
      summary = NEWSUM.summarize(Cluster.of("fuzz", docs), method, budget);
    } catch (NewsumException expected) {
      return;
    }
    assertThat(summary.texts().stream().mapToInt(budget::cost).sum()).isLessThanOrEqualTo(budget.limit());
    assertThat(summary.texts()).doesNotHaveDuplicates();
    for (SummarySentence s : summary.sentences()) {
      String source = texts[s.sentence().documentIndex()];
      assertThat(source.substring(s.sentence().start(), s.sentence().end())).isEqualTo(s.sentence().text());
      // A compressed sentence is the parts of its span it keeps, in order; only a first letter may be upper-cased.
      StringBuilder kept = new StringBuilder();
      int from = s.sentence().start();
      for (Span k : s.kept()) {
        assertThat(k.start()).isGreaterThanOrEqualTo(from);
        kept.append(source, k.start(), k.end());
        from = k.end();
      }
      assertThat(from).isLessThanOrEqualTo(s.sentence().end());
      assertThat(s.text()).isEqualToIgnoringCase(s.compressed() ? kept.toString() : s.sentence().text());
      assertThat(s.text().substring(Math.min(1, s.text().length())))
          .isEqualTo((s.compressed() ? kept.toString() : s.sentence().text()).substring(Math.min(1, s.text().length())));
    }
  }
}
