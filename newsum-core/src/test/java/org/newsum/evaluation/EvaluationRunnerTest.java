package org.newsum.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsum.Newsum;
import org.newsum.NewsumException;
import org.newsum.evaluation.rouge.RougeFiles;
import org.newsum.evaluation.rouge.RougeSentences.SplitMode;
import org.newsum.internal.batch.ResumableOutput;
import org.newsum.model.Budget;
import org.newsum.summarizers.MethodOptions;
import org.newsum.summarizers.Summarizer;
import org.newsum.summarizers.Summarizers;
import org.newsum.text.AnalyzedCluster;

class EvaluationRunnerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<MethodOptions> METHODS = List.of(Summarizers.options("lead"), Summarizers.options("centroid"));

  @TempDir Path dir;

  /** Twelve random clusters, then a malformed line and a cluster without text. */
  private Path clusterFile() throws IOException {
    Random random = new Random(42);
    String[] words = "the minister said talks on trade and security would resume next week after leaders met in the capital"
        .split(" ");
    List<String> lines = new ArrayList<>();
    for (int c = 0; c < 12; c++) {
      ObjectNode row = JSON.createObjectNode();
      row.put("id", "c" + c);
      ArrayNode docs = row.putArray("docs");
      for (int d = 0; d < 3; d++) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < 8; s++) {
          StringBuilder sentence = new StringBuilder("Officials");
          for (int w = 0; w < 8 + random.nextInt(10); w++) {
            sentence.append(' ').append(words[random.nextInt(words.length)]);
          }
          text.append(sentence).append(". ");
        }
        docs.addObject().put("id", "c" + c + "/d" + d).put("title", "").put("text", text.toString().strip());
      }
      row.putArray("refs").add("Officials said talks would resume.\nLeaders met in the capital.")
          .add("The minister said trade talks resume next week.");
      lines.add(row.toString());
      if (c == 5) {
        lines.add("{\"id\": \"broken\", \"docs\": [");
      }
    }
    lines.add("{\"id\":\"empty\",\"docs\":[{\"id\":\"e1\",\"text\":\"  \"}],\"refs\":[\"x\"]}");
    Path file = dir.resolve("clusters.jsonl");
    Files.write(file, lines);
    return file;
  }

  @Test
  void parallelRunEqualsSingleThreadedRunAndSkipsBadClusters() throws IOException {
    Path file = clusterFile();
    List<String> reported = new CopyOnWriteArrayList<>();
    EvaluationRunner.Listener listener = new EvaluationRunner.Listener() {
      @Override
      public void skipped(String reason) {
        reported.add(reason);
      }
    };
    EvaluationRun single = new EvaluationRunner(Newsum.standard(), 1).run(file, METHODS, Budget.words(40), 0, listener);
    EvaluationRun parallel = new EvaluationRunner(Newsum.standard(), 4).run(file, METHODS, Budget.words(40), 0, listener);

    assertThat(single.references()).hasSize(12);
    assertThat(single.skipped()).hasSize(2);
    assertThat(single.skipped().get(0)).contains("line 7").contains("malformed JSON");
    assertThat(single.skipped().get(1)).contains("'empty'").contains("no text");
    assertThat(reported).hasSize(4);
    assertThat(parallel.references()).isEqualTo(single.references());
    assertThat(parallel.skipped()).isEqualTo(single.skipped());
    for (int m = 0; m < METHODS.size(); m++) {
      List<ClusterOutput> a = single.methods().get(m).outputs();
      List<ClusterOutput> b = parallel.methods().get(m).outputs();
      assertThat(b).hasSameSizeAs(a);
      for (int i = 0; i < a.size(); i++) {
        assertThat(b.get(i).clusterId()).isEqualTo(a.get(i).clusterId());
        assertThat(b.get(i).sentences()).isNotEmpty().isEqualTo(a.get(i).sentences());
        assertThat(b.get(i).seconds()).isPositive();
      }
    }
  }

  @Test
  void limitTakesTheFirstValidClusters() throws IOException {
    EvaluationRun run = new EvaluationRunner(Newsum.standard(), 2)
        .run(clusterFile(), List.of(Summarizers.options("lead")), Budget.words(30), 3, new EvaluationRunner.Listener() {});
    assertThat(run.references().keySet()).containsExactly("c0", "c1", "c2");
  }

  @Test
  void runsSummarizersOutsideTheRegistry() throws IOException {
    Summarizer firstSentence = new Summarizer() {
      @Override
      public String name() {
        return "first";
      }

      @Override
      public List<Integer> select(AnalyzedCluster cluster, Budget budget) {
        return List.of(0);
      }
    };
    Map<String, Supplier<Summarizer>> methods = new LinkedHashMap<>();
    methods.put("first", () -> firstSentence);
    EvaluationRun run = new EvaluationRunner(Newsum.standard(), 2)
        .runSummarizers(clusterFile(), methods, Budget.words(40), 0, new EvaluationRunner.Listener() {});
    assertThat(run.methods().get(0).method()).isEqualTo("first");
    assertThat(run.methods().get(0).outputs()).hasSize(12).allSatisfy(o -> assertThat(o.sentences()).hasSize(1));
  }

  @Test
  void unknownMethodFailsBeforeAnyWork() {
    assertThatThrownBy(() -> new EvaluationRunner(Newsum.standard(), 1)
        .run(dir.resolve("missing.jsonl"), List.of(Summarizers.options("nope")), Budget.words(10), 0, new EvaluationRunner.Listener() {}))
        .isInstanceOf(NewsumException.class).hasMessageContaining("unknown method 'nope'");
  }

  @Test
  void writesFilesRougePyReadsAtomically() throws IOException {
    EvaluationRun run = new EvaluationRunner(Newsum.standard(), 2)
        .run(clusterFile(), METHODS, Budget.words(40), 0, new EvaluationRunner.Listener() {});
    Path out = dir.resolve("out");
    EvaluationFiles.write(out, run);
    EvaluationFiles.write(out, run); // overwriting is fine

    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("lead.jsonl", "centroid.jsonl", "refs.jsonl");
    }
    List<RougeFiles.SystemSummary> lead = RougeFiles.readSummaries(out.resolve("lead.jsonl"), SplitMode.AUTO);
    assertThat(lead).hasSize(12);
    assertThat(lead.get(0).sentences()).isEqualTo(run.methods().get(0).outputs().get(0).sentences());
    assertThat(JSON.readTree(Files.readAllLines(out.resolve("lead.jsonl")).get(0)).get("time_s").isNumber()).isTrue();
    Map<String, List<List<String>>> refs = RougeFiles.readReferences(out.resolve("refs.jsonl"), SplitMode.AUTO);
    assertThat(refs.get("c0")).containsExactly(
        List.of("Officials said talks would resume.", "Leaders met in the capital."),
        List.of("The minister said trade talks resume next week."));
  }

  /** Thrown by {@link #crashingAfter}: stands for a crash (out of memory, a kill) in the middle of a run. */
  private static final class SimulatedCrash extends Error {
    private static final long serialVersionUID = 1L;

    SimulatedCrash() {
      super("simulated crash");
    }
  }

  /** {@code method}, counting its calls in {@code calls}; throws {@link SimulatedCrash} on call {@code crashAt}. */
  private static Supplier<Summarizer> counting(String method, AtomicInteger calls, int crashAt) {
    return () -> new Summarizer() {
      private final Summarizer real = Summarizers.byName(method);

      @Override
      public String name() {
        return real.name();
      }

      @Override
      public List<Integer> select(AnalyzedCluster cluster, Budget budget) {
        if (calls.incrementAndGet() == crashAt) {
          throw new SimulatedCrash();
        }
        return real.select(cluster, budget);
      }
    };
  }

  private static Map<String, Supplier<Summarizer>> methods(AtomicInteger leadCalls, int crashAt) {
    Map<String, Supplier<Summarizer>> methods = new LinkedHashMap<>();
    methods.put("lead", counting("lead", leadCalls, crashAt));
    methods.put("centroid", counting("centroid", new AtomicInteger(), 0));
    return methods;
  }

  /** The lines of a result file without their {@code time_s} (wall time differs from run to run). */
  private static List<String> withoutTime(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      ObjectNode row = (ObjectNode) JSON.readTree(line);
      row.remove("time_s");
      lines.add(row.toString());
    }
    return lines;
  }

  @Test
  void anInterruptedRunResumedEqualsAnUninterruptedRun() throws IOException {
    Path file = clusterFile();
    Budget budget = Budget.words(40);
    EvaluationRunner.Listener quiet = new EvaluationRunner.Listener() {};
    EvaluationRunner runner = new EvaluationRunner(Newsum.standard(), 2);
    Path whole = dir.resolve("whole");
    EvaluationRun uninterrupted = runner.runSummarizers(file, methods(new AtomicInteger(), 0), budget, 0, whole, false,
        quiet);

    Path out = dir.resolve("out");
    assertThatThrownBy(() -> runner.runSummarizers(file, methods(new AtomicInteger(), 6), budget, 0, out, false, quiet))
        .isInstanceOf(SimulatedCrash.class);
    assertThat(out.resolve("lead.jsonl")).doesNotExist();
    assertThat(out.resolve(EvaluationFiles.REFERENCES)).doesNotExist();
    assertThat(ResumableOutput.partialOf(out.resolve(EvaluationRunner.JOURNAL))).exists();
    assertThatThrownBy(() -> runner.runSummarizers(file, methods(new AtomicInteger(), 0), Budget.words(30), 0, out,
        true, quiet)).isInstanceOf(NewsumException.class).hasMessageContaining("other settings");

    AtomicInteger resumedLeadCalls = new AtomicInteger();
    EvaluationRun resumed = runner.runSummarizers(file, methods(resumedLeadCalls, 0), budget, 0, out, true, quiet);

    assertThat(resumedLeadCalls.get()).as("clusters summarized again, not all 12").isBetween(1, 11);
    for (String name : List.of("lead.jsonl", "centroid.jsonl")) {
      assertThat(withoutTime(out.resolve(name))).hasSize(12).isEqualTo(withoutTime(whole.resolve(name)));
    }
    assertThat(out.resolve(EvaluationFiles.REFERENCES)).hasSameTextualContentAs(whole.resolve(EvaluationFiles.REFERENCES));
    assertThat(resumed.skipped()).isEqualTo(uninterrupted.skipped()).hasSize(2);
    assertThat(resumed.references()).isEqualTo(uninterrupted.references());
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("lead.jsonl", "centroid.jsonl", "refs.jsonl");
    }
  }

  @Test
  void resumingOnDataWhoseFinishedClustersChangedIsRefused() throws IOException {
    Path file = clusterFile();
    Budget budget = Budget.words(40);
    EvaluationRunner.Listener quiet = new EvaluationRunner.Listener() {};
    EvaluationRunner runner = new EvaluationRunner(Newsum.standard(), 1, java.time.Duration.ZERO);
    Path out = dir.resolve("out");
    assertThatThrownBy(() -> runner.runSummarizers(file, methods(new AtomicInteger(), 6), budget, 0, out, false, quiet))
        .isInstanceOf(SimulatedCrash.class);
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    lines.set(0, lines.get(0).replace("\"c0/d0\"", "\"c0/other\"")); // another document id in a finished cluster
    Files.write(file, lines);

    assertThatThrownBy(() -> runner.runSummarizers(file, methods(new AtomicInteger(), 0), budget, 0, out, true, quiet))
        .isInstanceOf(NewsumException.class)
        .hasMessageContaining("cannot resume " + out.resolve(EvaluationRunner.JOURNAL) + ": " + file + " has changed");
    assertThat(out.resolve("lead.jsonl")).doesNotExist();
  }

  @Test
  void resultFilesThatWouldReplaceTheDataOrAClusterFileAreRefusedBeforeAnyWork() throws IOException {
    Path out = Files.createDirectory(dir.resolve("results"));
    Path data = Files.copy(clusterFile(), out.resolve("lead.jsonl"));
    byte[] original = Files.readAllBytes(data);
    AtomicInteger calls = new AtomicInteger();
    EvaluationRunner runner = new EvaluationRunner(Newsum.standard(), 1);
    EvaluationRunner.Listener quiet = new EvaluationRunner.Listener() {};
    assertThatThrownBy(() -> runner.runSummarizers(data, methods(calls, 0), Budget.words(40), 0, out, false, quiet))
        .isInstanceOf(NewsumException.class)
        .hasMessage("output " + data + " is the input " + data + ": writing it would destroy the input; choose another output");
    Path other = Files.copy(data, dir.resolve("data.jsonl"));
    assertThatThrownBy(() -> runner.runSummarizers(other, methods(calls, 0), Budget.words(40), 0, out, false, quiet))
        .isInstanceOf(NewsumException.class)
        .hasMessageStartingWith(data + " holds clusters (\"docs\"): a data file, which the results would replace");
    assertThat(calls).hasValue(0);
    assertThat(data).hasBinaryContent(original);
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("lead.jsonl");
    }
  }
}
