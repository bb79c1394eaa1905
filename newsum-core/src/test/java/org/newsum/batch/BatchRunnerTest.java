package org.newsum.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsum.Newsum;
import org.newsum.NewsumException;
import org.newsum.SummaryRequest;
import org.newsum.internal.batch.ResumableOutput;
import org.newsum.model.Budget;

class BatchRunnerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] WORDS = ("summit leaders trade climate talks agreement president minister"
      + " market police storm election vote court ruling city council bank rates oil prices").split(" ");

  @TempDir Path dir;

  /** A runner whose {@code time_s} is always 0, so outputs of different runs compare byte for byte. */
  private static BatchRunner runner(int threads, Duration checkpointInterval) {
    return new BatchRunner(Newsum.standard(), SummaryRequest.of("centroid", Budget.words(40)), threads, () -> 0L,
        checkpointInterval);
  }

  @Test
  void writesOneLinePerClusterInInputOrderAndParallelEqualsSingleThreaded() throws IOException {
    Path in = writeClusters(dir.resolve("in.jsonl"), syntheticClusters(60));
    Path single = dir.resolve("single.jsonl");
    Path parallel = dir.resolve("parallel.jsonl");

    BatchReport one = runner(1, Duration.ofSeconds(1)).run(in, single, false, BatchListener.NONE);
    BatchReport four = runner(4, Duration.ofSeconds(1)).run(in, parallel, false, BatchListener.NONE);

    assertThat(one.summarized()).isEqualTo(60);
    assertThat(four.summarized()).isEqualTo(60);
    assertThat(Files.readString(parallel)).isEqualTo(Files.readString(single));
    List<String> ids = new ArrayList<>();
    for (String line : Files.readAllLines(parallel)) {
      JsonNode n = JSON.readTree(line);
      ids.add(n.get("id").asText());
      assertThat(n.get("summary").size()).isPositive().isEqualTo(n.get("sources").size());
      assertThat(n.get("method").asText()).isEqualTo("centroid");
      assertThat(n.get("sources").get(0).get("span").size()).isEqualTo(2);
    }
    assertThat(ids).containsExactlyElementsOf(syntheticClusters(60).stream().map(c -> c.get("id").asText()).toList());
  }

  @Test
  void summaryTextsAreTheSpansOfTheirSourceDocuments() throws IOException {
    List<ObjectNode> clusters = syntheticClusters(5);
    Path in = writeClusters(dir.resolve("in.jsonl"), clusters);
    Path out = dir.resolve("out.jsonl");
    runner(2, Duration.ofSeconds(1)).run(in, out, false, BatchListener.NONE);

    List<String> lines = Files.readAllLines(out);
    for (int c = 0; c < clusters.size(); c++) {
      JsonNode line = JSON.readTree(lines.get(c));
      for (int s = 0; s < line.get("summary").size(); s++) {
        JsonNode source = line.get("sources").get(s);
        String docText = documentText(clusters.get(c), source.get("doc").asText());
        int start = source.get("span").get(0).asInt();
        int end = source.get("span").get(1).asInt();
        assertThat(docText.substring(start, end)).isEqualTo(line.get("summary").get(s).asText());
      }
    }
  }

  @Test
  void reportsCountsAndSkipsBadClustersAndGoesOn() throws IOException {
    List<ObjectNode> clusters = syntheticClusters(6);
    List<String> lines = new ArrayList<>(clusters.stream().map(ObjectNode::toString).toList());
    lines.add(2, "{\"id\": \"broken\", \"docs\": [");
    lines.add(4, "{\"id\":\"empty\",\"docs\":[{\"id\":\"e1\",\"text\":\"   \"}]}");
    lines.add(6, "{\"id\":\"nodocs\"}");
    Path in = dir.resolve("in.jsonl");
    Files.write(in, lines);
    Path out = dir.resolve("out.jsonl");
    List<ClusterResult.Skipped> failures = new ArrayList<>();

    BatchReport report = runner(3, Duration.ofSeconds(1)).run(in, out, false, new BatchListener() {
      @Override
      public void failed(ClusterResult.Skipped failure) {
        failures.add(failure);
      }
    });

    assertThat(report.summarized()).isEqualTo(6);
    assertThat(report.failed()).isEqualTo(3);
    assertThat(failures).extracting(ClusterResult.Skipped::message).satisfiesExactly(
        m -> assertThat(m).contains("line 3").contains("malformed JSON"),
        m -> assertThat(m).contains("line 5").contains("no text"),
        m -> assertThat(m).contains("line 7").contains("no \"docs\""));
    assertThat(failures.get(1).clusterId()).isEqualTo("empty");
    assertThat(Files.readAllLines(out)).hasSize(6);
  }

  @Test
  void readsGzippedInput() throws IOException {
    List<ObjectNode> clusters = syntheticClusters(8);
    Path plain = writeClusters(dir.resolve("in.jsonl"), clusters);
    Path gz = dir.resolve("in.jsonl.gz");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
      o.write(Files.readAllBytes(plain));
    }
    runner(2, Duration.ofSeconds(1)).run(plain, dir.resolve("a.jsonl"), false, BatchListener.NONE);
    runner(2, Duration.ofSeconds(1)).run(gz, dir.resolve("b.jsonl"), false, BatchListener.NONE);
    assertThat(Files.readString(dir.resolve("b.jsonl"))).isEqualTo(Files.readString(dir.resolve("a.jsonl")));
  }

  @Test
  void anInterruptedRunLeavesNoOutputFileButKeepsItsPreviousContent() throws IOException {
    Path in = writeClusters(dir.resolve("in.jsonl"), syntheticClusters(30));
    Path out = dir.resolve("out.jsonl");
    Files.writeString(out, "previous complete output\n");

    assertThatThrownBy(() -> runner(2, Duration.ZERO).run(in, out, false, crashAfter(10)))
        .hasMessageContaining("simulated crash");

    assertThat(Files.readString(out)).isEqualTo("previous complete output\n");
    assertThat(ResumableOutput.partialOf(out)).exists();
    assertThat(ResumableOutput.checkpointOf(out)).exists();
  }

  @Test
  void resumingAnInterruptedRunGivesTheUninterruptedOutput() throws IOException {
    List<ObjectNode> clusters = syntheticClusters(40);
    List<String> lines = new ArrayList<>(clusters.stream().map(ObjectNode::toString).toList());
    lines.add(7, "not json"); // failures before the interruption must not shift the resumed records
    Path in = dir.resolve("in.jsonl");
    Files.write(in, lines);
    Path reference = dir.resolve("reference.jsonl");
    runner(2, Duration.ZERO).run(in, reference, false, BatchListener.NONE);

    Path out = dir.resolve("out.jsonl");
    assertThatThrownBy(() -> runner(2, Duration.ZERO).run(in, out, false, crashAfter(17)))
        .hasMessageContaining("simulated crash");
    // A process killed mid-write leaves lines after the last checkpoint, the last one torn.
    Files.writeString(ResumableOutput.partialOf(out), "{\"id\":\"torn\"}\n".repeat(10_000) + "{\"id\":\"to",
        StandardOpenOption.APPEND);

    BatchReport resumed = runner(3, Duration.ZERO).run(in, out, true, BatchListener.NONE);

    assertThat(resumed.resumed()).isEqualTo(17);
    assertThat(resumed.summarized() + resumed.failed()).isEqualTo(41 - 17);
    assertThat(Files.readString(out)).isEqualTo(Files.readString(reference));
    assertThat(ResumableOutput.partialOf(out)).doesNotExist();
    assertThat(ResumableOutput.checkpointOf(out)).doesNotExist();
  }

  /** Writes 20 clusters to {@code in} and runs them into {@code out.jsonl} until a crash after 5; returns {@code out.jsonl}. */
  private Path interruptedRunOf20Clusters(Path in) throws IOException {
    writeClusters(in, syntheticClusters(20));
    Path out = dir.resolve("out.jsonl");
    assertThatThrownBy(() -> runner(2, Duration.ZERO).run(in, out, false, crashAfter(5)))
        .hasMessageContaining("simulated crash");
    return out;
  }

  /** Bug: a damaged checkpoint was "cannot write OUT.partial: Unexpected end-of-input … at [Source: REDACTED …]", two lines. */
  @Test
  void resumingFromADamagedCheckpointIsRefusedInOneLine() throws IOException {
    Path in = dir.resolve("in.jsonl");
    Path out = interruptedRunOf20Clusters(in);
    Path checkpoint = ResumableOutput.checkpointOf(out);
    Files.writeString(checkpoint, "{\"records\": 3, \"bytes\": ");

    assertThatThrownBy(() -> runner(2, Duration.ZERO).run(in, out, true, BatchListener.NONE))
        .isInstanceOf(NewsumException.class)
        .hasMessage("cannot resume " + out + ": its checkpoint " + checkpoint + " is damaged (malformed JSON: Unexpected"
            + " end-of-input within/between Object entries (column 25)); run without --resume to start over");
  }

  @Test
  void resumingWithOtherSettingsIsRefused() throws IOException {
    Path in = dir.resolve("in.jsonl");
    Path out = interruptedRunOf20Clusters(in);
    BatchRunner lead = new BatchRunner(Newsum.standard(), SummaryRequest.of("lead", Budget.words(40)), 2);

    assertThatThrownBy(() -> lead.run(in, out, true, BatchListener.NONE))
        .isInstanceOf(NewsumException.class)
        .hasMessageContaining("cannot resume")
        .hasMessageContaining("method=centroid");
    BatchRunner otherOptions = new BatchRunner(Newsum.standard(),
        SummaryRequest.of("centroid", Budget.words(40)).withOption("positionWeight", "2"), 2);
    assertThatThrownBy(() -> otherOptions.run(in, out, true, BatchListener.NONE))
        .isInstanceOf(NewsumException.class).hasMessageContaining("positionWeight=1");
  }

  @Test
  void resumingOnAnInputWhoseFinishedRecordsChangedIsRefused() throws IOException {
    List<String> lines = new ArrayList<>(syntheticClusters(30).stream().map(ObjectNode::toString).toList());
    Path in = Files.write(dir.resolve("in.jsonl"), lines);
    Path out = dir.resolve("out.jsonl");
    assertThatThrownBy(() -> runner(2, Duration.ZERO).run(in, out, false, crashAfter(12)))
        .hasMessageContaining("simulated crash");
    byte[] checkpoint = Files.readAllBytes(ResumableOutput.checkpointOf(out));

    // Same path, same number of lines and ids: one word of a finished cluster differs.
    List<String> edited = new ArrayList<>(lines);
    edited.set(4, lines.get(4).replaceFirst("\\. ", ", and more. "));
    Files.write(in, edited);
    assertThatThrownBy(() -> runner(2, Duration.ZERO).run(in, out, true, BatchListener.NONE))
        .isInstanceOf(NewsumException.class)
        .hasMessage("cannot resume " + out + ": " + in + " has changed since the interrupted run (its first 12 records"
            + " are not the ones that run finished); run without --resume to start over");
    assertThat(ResumableOutput.checkpointOf(out)).as("the refused resume keeps the checkpoint").hasBinaryContent(checkpoint);
    assertThat(out).doesNotExist();

    // A change after the finished records is simply read: the resumed run gives the new input's output.
    List<String> later = new ArrayList<>(lines);
    later.set(20, lines.get(20).replaceFirst("\\. ", ", and more. "));
    Files.write(in, later);
    Path reference = dir.resolve("reference.jsonl");
    runner(2, Duration.ZERO).run(in, reference, false, BatchListener.NONE);
    BatchReport resumed = runner(2, Duration.ZERO).run(in, out, true, BatchListener.NONE);
    assertThat(resumed.resumed()).isEqualTo(12);
    assertThat(Files.readString(out)).isEqualTo(Files.readString(reference));
  }

  @Test
  void aCheckpointThatCannotBeWrittenIsANamedError() throws IOException {
    Path in = writeClusters(dir.resolve("in.jsonl"), syntheticClusters(5));
    Path sub = Files.createDirectory(dir.resolve("sub"));
    Path out = sub.resolve("out.jsonl");
    BatchListener diskGone = new BatchListener() {
      @Override
      public void progress(long done, long failed) {
        if (done == 1) {
          try { // the output's directory disappears (a full or unmounted disk): the next checkpoint cannot be written
            Files.delete(ResumableOutput.partialOf(out));
            Files.delete(ResumableOutput.checkpointOf(out));
            Files.delete(sub);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    };
    assertThatThrownBy(() -> runner(1, Duration.ZERO).run(in, out, false, diskGone))
        .isInstanceOf(NewsumException.class)
        .hasMessageStartingWith("cannot create a temporary file in " + sub)
        .hasMessageEndingWith("(the checkpoint of " + out + ")");
  }

  @Test
  void anOutputThatIsTheInputOrADirectoryIsRefusedBeforeAnyWork() throws IOException {
    Path in = writeClusters(dir.resolve("in.jsonl"), syntheticClusters(3));
    byte[] original = Files.readAllBytes(in);
    Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), in);
    Path sub = Files.createDirectory(dir.resolve("sub"));
    Path partialIn = Files.copy(in, dir.resolve("x.jsonl.partial"));
    for (Path out : List.of(in, dir.resolve("sub/../in.jsonl"), link)) {
      assertThatThrownBy(() -> runner(1, Duration.ZERO).run(in, out, false, BatchListener.NONE))
          .isInstanceOf(NewsumException.class)
          .hasMessage("output " + out + " is the input " + in + ": writing it would destroy the input; choose another output");
    }
    assertThatThrownBy(() -> runner(1, Duration.ZERO).run(partialIn, dir.resolve("x.jsonl"), true, BatchListener.NONE))
        .isInstanceOf(NewsumException.class).hasMessageContaining("is the input " + partialIn);
    assertThatThrownBy(() -> runner(1, Duration.ZERO).run(in, sub, false, BatchListener.NONE))
        .isInstanceOf(NewsumException.class).hasMessage("output " + sub + " is a directory; name the file to write");
    Path device = Path.of("/dev/null");
    if (Files.exists(device)) { // renaming a finished output over it would replace the device with a file
      assertThatThrownBy(() -> runner(1, Duration.ZERO).run(in, device, false, BatchListener.NONE))
          .isInstanceOf(NewsumException.class).hasMessageStartingWith("output /dev/null is not a regular file");
      assertThat(ResumableOutput.partialOf(device)).doesNotExist();
    }
    assertThat(in).hasBinaryContent(original);
    assertThat(partialIn).hasBinaryContent(original);
    try (var files = Files.list(sub)) {
      assertThat(files).isEmpty();
    }
    assertThat(ResumableOutput.partialOf(sub)).doesNotExist();
  }

  @Test
  void resumeWithoutAnInterruptedRunStartsOver() throws IOException {
    Path in = writeClusters(dir.resolve("in.jsonl"), syntheticClusters(10));
    Path out = dir.resolve("out.jsonl");
    BatchReport report = runner(2, Duration.ZERO).run(in, out, true, BatchListener.NONE);
    assertThat(report.resumed()).isZero();
    assertThat(Files.readAllLines(out)).hasSize(10);
  }

  @Test
  void aMissingInputIsANamedError() {
    Path missing = dir.resolve("missing.jsonl");
    assertThatThrownBy(() -> runner(1, Duration.ZERO).run(missing, dir.resolve("o.jsonl"), false, BatchListener.NONE))
        .isInstanceOf(NewsumException.class)
        .hasMessageContaining("missing.jsonl");
  }

  @Test
  void anOutputInAMissingDirectoryIsANamedError() throws IOException {
    Path in = writeClusters(dir.resolve("in.jsonl"), syntheticClusters(1));
    Path out = dir.resolve("no-such-dir").resolve("out.jsonl");
    assertThatThrownBy(() -> runner(1, Duration.ZERO).run(in, out, false, BatchListener.NONE))
        .isInstanceOf(NewsumException.class)
        .hasMessage(out + ": cannot write: no such directory");
  }

  private static BatchListener crashAfter(long records) {
    return new BatchListener() {
      @Override
      public void progress(long done, long failed) {
        if (done == records) {
          throw new IllegalStateException("simulated crash");
        }
      }
    };
  }

  private static Path writeClusters(Path file, List<ObjectNode> clusters) throws IOException {
    Files.write(file, clusters.stream().map(ObjectNode::toString).toList(), StandardCharsets.UTF_8);
    return file;
  }

  private static String documentText(JsonNode cluster, String docId) {
    for (JsonNode d : cluster.get("docs")) {
      if (d.get("id").asText().equals(docId)) {
        return d.get("text").asText();
      }
    }
    throw new AssertionError("no document " + docId);
  }

  /** Clusters of random sentences over a small vocabulary, of varied sizes (so workers finish out of order). */
  static List<ObjectNode> syntheticClusters(int count) {
    Random random = new Random(42);
    List<ObjectNode> clusters = new ArrayList<>();
    for (int c = 0; c < count; c++) {
      ObjectNode cluster = JSON.createObjectNode();
      cluster.put("id", "c" + c);
      ArrayNode docs = cluster.putArray("docs");
      int docCount = 1 + random.nextInt(c % 7 == 0 ? 12 : 3);
      for (int d = 0; d < docCount; d++) {
        StringBuilder text = new StringBuilder();
        int sentences = 3 + random.nextInt(10);
        for (int s = 0; s < sentences; s++) {
          int words = 6 + random.nextInt(12);
          for (int w = 0; w < words; w++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(' ');
          }
          text.setLength(text.length() - 1);
          text.append(". ");
        }
        ObjectNode doc = docs.addObject();
        doc.put("id", "c" + c + "/d" + d);
        doc.put("title", "");
        doc.put("text", text.toString().strip());
      }
      clusters.add(cluster);
    }
    return clusters;
  }
}
