package org.newsum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code summarize --history} and {@code --since}: update summaries from the command line. */
class SummarizeHistoryTest {
  private static final String BACKGROUND = "The river burst its banks on Monday and flooded the old harbour town of Kell.";
  private static final String[] NEW = {
    BACKGROUND + " Engineers closed the eastern dam gates on Thursday to protect the lower valley farms.",
    BACKGROUND + " Insurers estimated the damage to the harbour at two hundred million euros on Friday.",
    BACKGROUND + " The regional government promised new flood walls for the harbour district next spring.",
    BACKGROUND + " Schools in the valley reopened on Friday after the water receded from the streets."};
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theHistorysSentencesAreNotRepeated(@TempDir Path dir) throws IOException {
    Path news = Files.createDirectory(dir.resolve("new"));
    for (int i = 0; i < NEW.length; i++) {
      Files.writeString(news.resolve("n" + i + ".txt"), NEW[i]);
    }
    Path read = Files.writeString(dir.resolve("read.txt"), BACKGROUND + " Hundreds of residents left by boat.");
    Path alsoRead = Files.writeString(dir.resolve("also-read.txt"), "Rain fell for three days. " + BACKGROUND);

    CliRun plain = CliRun.run("summarize", news.toString(), "-m", "lead", "--words", "40");
    assertThat(plain.exit()).as(plain.err()).isZero();
    assertThat(plain.out()).contains(BACKGROUND);
    CliRun update = CliRun.run("summarize", news.toString(), "--words", "40", "--format", "json",
        "--history", read.toString(), alsoRead.toString());
    assertThat(update.exit()).as(update.err()).isZero();
    JsonNode summary = JSON.readTree(update.out());
    assertThat(summary.path("provenance").path("history").asInt()).isEqualTo(2);
    assertThat(summary.path("sentences").findValuesAsText("text")).isNotEmpty().doesNotContain(BACKGROUND);

    CliRun everything = CliRun.run("summarize", read.toString(), "--history", read.toString());
    assertThat(everything.exit()).as(everything.err()).isZero();
    assertThat(everything.out()).isEmpty();
    assertThat(everything.err()).contains("no sentence fits in 100 words without repeating the history");

    CliRun missing = CliRun.run("summarize", news.toString(), "--history", dir.resolve("nosuch.txt").toString());
    assertThat(missing.exit()).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertThat(missing.err()).contains("nosuch.txt: no such file or directory");
  }

  @Test
  void sinceTurnsTheOlderDocumentsOfEachClusterIntoItsHistory(@TempDir Path dir) throws IOException {
    StringBuilder docs = new StringBuilder("{\"id\":\"old\",\"date\":\"1998-05-01\",\"text\":\"" + BACKGROUND + "\"}");
    for (int i = 0; i < NEW.length; i++) {
      docs.append(",{\"id\":\"n").append(i).append("\",\"date\":\"1998-05-0").append(i + 2).append("\",\"text\":\"")
          .append(NEW[i]).append("\"}");
    }
    Path jsonl = Files.writeString(dir.resolve("c.jsonl"), "{\"id\":\"flood\",\"docs\":[" + docs + "]}\n");

    CliRun r = CliRun.run("summarize", jsonl.toString(), "--since", "1998-05-02", "--format", "jsonl", "--words", "40");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode line = JSON.readTree(r.out());
    assertThat(line.path("provenance").path("history").asInt()).isEqualTo(1);
    assertThat(line.path("summary").findValuesAsText("summary")).doesNotContain(BACKGROUND);
    for (JsonNode s : line.path("summary")) {
      assertThat(s.asText()).isNotEqualTo(BACKGROUND);
    }

    CliRun nothingNew = CliRun.run("summarize", jsonl.toString(), "--since", "1999-01-01");
    assertThat(nothingNew.exit()).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertThat(nothingNew.err()).contains("line 1: nothing is new: all 5 documents are dated before 1999-01-01 (skipped)");
  }

  @Test
  void sinceNeedsADateAndDatedDocuments(@TempDir Path dir) throws IOException {
    Path undated = Files.writeString(dir.resolve("a.txt"), NEW[0]);
    CliRun bad = CliRun.run("summarize", undated.toString(), "--since", "last week");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--since:");
    CliRun none = CliRun.run("summarize", undated.toString(), "--since", "2020-01-01");
    assertThat(none.exit()).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertThat(none.err()).contains("no document is dated (1 without a publication date), so none is older");
  }
}
