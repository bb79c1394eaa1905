package org.newsum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --set NAME=VALUE}, {@code newsum methods}, provenance in the outputs and {@code -V}. */
class MethodOptionsCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STORY = "The storm hit the coast on Monday and flooded the harbour town. "
      + "Thousands of homes lost power in the city overnight. "
      + "Officials said that repairs to the lines would take a week. "
      + "Schools in the region were closed on Tuesday and Wednesday.";

  @TempDir Path dir;

  private Path clusters() throws IOException {
    return Files.write(dir.resolve("c.jsonl"), List.of(
        "{\"id\":\"s1\",\"docs\":[{\"id\":\"d1\",\"text\":\"" + STORY + "\"}],\"refs\":[\"A storm cut power.\"]}",
        "{\"id\":\"s2\",\"docs\":[{\"id\":\"d2\",\"text\":\"" + STORY + "\"}],\"refs\":[\"Repairs take a week.\"]}"));
  }

  @Test
  void methodsListsEveryMethodWithItsOptionsDefaultsAndRanges() {
    CliRun run = CliRun.run("methods");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("default (the default): ", "mmr: ", "lexrank-threshold: ")
        .containsPattern("\\n  lambda +decimal +0\\.85 +\\[0, 1\\] +weight of relevance")
        .containsPattern("\\n  queryWeight +decimal +3 +at least 0 ");
    // Bug: a name longer than the column (singleDocumentPositionWeight) pushed its row out of line.
    List<Integer> typeColumns = run.out().lines().filter(l -> l.startsWith("  "))
        .map(l -> l.length() - l.replaceFirst("^  \\S+ +", "").length()).distinct().toList();
    assertThat(typeColumns).hasSize(1);
  }

  @Test
  void setReachesTheMethodAndShowsInTheProvenance() throws IOException {
    Path file = dir.resolve("story.txt");
    Files.writeString(file, STORY);
    CliRun run = CliRun.run("summarize", file.toString(), "-m", "mmr", "--set", "lambda=0.3", "--set",
        "minWords=6", "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode provenance = JSON.readTree(run.out()).get("provenance");
    assertThat(provenance.get("method").asText()).isEqualTo("mmr");
    assertThat(provenance.get("options").get("lambda").asDouble()).isEqualTo(0.3);
    assertThat(provenance.get("options").get("minWords").asInt()).isEqualTo(6);
    assertThat(provenance.get("cleaned").asBoolean()).isTrue();

    CliRun longWords = CliRun.run("summarize", file.toString(), "-m", "lead", "--set", "minWords=1000");
    assertThat(longWords.exit()).isEqualTo(1);
    assertThat(longWords.err()).contains("no sentence of at least 1000 words");
  }

  @Test
  void aBadSettingIsAUsageErrorNamingTheOptionTheMethodAndTheRange() throws IOException {
    Path file = Files.writeString(dir.resolve("story.txt"), STORY);
    CliRun unknown = CliRun.run("summarize", file.toString(), "-m", "mmr", "--set", "lamda=0.3");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err().strip())
        .isEqualTo("newsum: method 'mmr' has no option 'lamda'; its options are lambda, minWords, maxSimilarity");
    CliRun outOfRange = CliRun.run("batch", "--in", clusters().toString(), "--out", dir.resolve("o.jsonl").toString(),
        "--set", "lambda=2", "-m", "mmr");
    assertThat(outOfRange.exit()).isEqualTo(2);
    assertThat(outOfRange.err().strip()).isEqualTo("newsum: option 'lambda' of method 'mmr' must be a number in [0, 1], got '2'");
    assertThat(dir.resolve("o.jsonl")).doesNotExist();
  }

  @Test
  void evalAppliesASettingToTheMethodsThatHaveItAndRefusesOneNoneHas() throws IOException {
    Path out = dir.resolve("out");
    CliRun run = CliRun.run("eval", "--data", clusters().toString(), "-m", "lead,mmr", "--set", "lambda=0.2",
        "--words", "20", "--out", out.toString(), "--threads", "1");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("lead ").contains("mmr ");
    CliRun none = CliRun.run("eval", "--data", clusters().toString(), "-m", "lead,centroid", "--set", "lambda=0.2");
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("no method of lead,centroid has an option 'lambda'");
  }

  @Test
  void batchLinesCarryTheProvenance() throws IOException {
    Path out = dir.resolve("o.jsonl");
    CliRun run = CliRun.run("batch", "--in", clusters().toString(), "--out", out.toString(), "--threads", "1",
        "--set", "fewDocuments=0");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode line = JSON.readTree(Files.readAllLines(out).get(0));
    assertThat(line.get("method").asText()).isEqualTo("default");
    assertThat(line.get("provenance").get("method").asText()).isEqualTo("ilp");
    assertThat(line.get("provenance").get("reason").asText()).isEqualTo("generic cluster of 1 document (more than 0)");
    assertThat(line.get("provenance").get("version").asText()).isEqualTo(projectVersion());
  }

  @Test
  void versionIsTheMavenProjectVersion() throws IOException {
    CliRun run = CliRun.run("-V");
    assertThat(run.out().strip()).isEqualTo("newsum " + projectVersion());
  }

  /** The version in the parent POM, which the build writes into the library. */
  private static String projectVersion() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"));
    Matcher m = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL).matcher(pom);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }
}
