package org.newsum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoriesCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  private final StringWriter err = new StringWriter();

  /** The team-written feed: 11 articles, 4 events (two earthquakes in one country seven weeks apart), gold in "story". */
  static Path feed() throws URISyntaxException {
    return Path.of(StoriesCommandTest.class.getResource("/stories/feed.jsonl").toURI());
  }

  private int run(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "stories";
    System.arraycopy(args, 0, all, 1, args.length);
    return NewsumCommand.run(all, new PrintWriter(new StringWriter()), new PrintWriter(err));
  }

  private static List<JsonNode> lines(Path file) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      nodes.add(JSON.readTree(line));
    }
    return nodes;
  }

  /** Article id -> story id, from an --assignments file. */
  private static Map<String, String> assignments(Path file) throws IOException {
    Map<String, String> story = new LinkedHashMap<>();
    for (JsonNode line : lines(file)) {
      story.put(line.get("id").asText(), line.get("story").asText());
    }
    return story;
  }

  /** Whether two assignments are the same partition of the same articles (story ids aside). */
  private static void assertSamePartition(Map<String, String> actual, Map<String, String> expected) {
    assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    for (String a : expected.keySet()) {
      for (String b : expected.keySet()) {
        assertThat(actual.get(a).equals(actual.get(b))).as(a + " / " + b).isEqualTo(expected.get(a).equals(expected.get(b)));
      }
    }
  }

  @Test
  void aDirectoryInputReadsItsFeedsAsFeedsBesideItsPages() throws Exception {
    Path feeds = Files.createDirectories(dir.resolve("in"));
    List<String> lines = Files.readAllLines(feed());
    Files.write(feeds.resolve("a.jsonl"), lines.subList(0, 6));
    Files.write(feeds.resolve("b.jsonl"), lines.subList(6, lines.size()));
    Files.writeString(feeds.resolve("notes.csv"), "not read");
    Path direct = dir.resolve("direct.jsonl");
    Path fromDir = dir.resolve("dir.jsonl");
    assertThat(run("--in", feed().toString(), "--out", dir.resolve("s1.jsonl").toString(), "--assignments",
        direct.toString(), "--no-summaries")).as(err.toString()).isZero();

    int code = run("--in", feeds.toString(), "--out", dir.resolve("s2.jsonl").toString(), "--assignments",
        fromDir.toString(), "--no-summaries");

    assertThat(code).as(err.toString()).isZero();
    assertThat(Files.readAllLines(fromDir)).isEqualTo(Files.readAllLines(direct));
  }

  @Test
  void groupsTheFeedIntoItsEventsAndSummarizesEachWithSources() throws Exception {
    Path out = dir.resolve("stories.jsonl");
    Path assigned = dir.resolve("assignments.jsonl");
    int code = run("--in", feed().toString(), "--out", out.toString(), "--assignments", assigned.toString(), "--sentences", "2");

    assertThat(code).as(err.toString()).isZero();
    Map<String, String> gold = new HashMap<>();
    for (JsonNode line : lines(feed())) {
      gold.put(line.get("id").asText(), line.get("story").asText());
    }
    assertSamePartition(assignments(assigned), gold);
    List<JsonNode> stories = lines(out);
    assertThat(stories).hasSize(4);
    JsonNode largest = stories.get(0);
    assertThat(largest.get("size").asInt()).isEqualTo(4);
    assertThat(largest.get("articles")).extracting(JsonNode::asText).containsExactlyInAnyOrder("e1", "e2", "e3", "u1");
    assertThat(largest.get("first_date").asText()).isEqualTo("2024-03-10");
    assertThat(largest.get("last_date").asText()).isEqualTo("2024-03-11");
    assertThat(largest.get("headline").asText()).containsAnyOf("Quinn");
    JsonNode sentences = largest.get("summary").get("sentences");
    assertThat(sentences).hasSize(2);
    for (JsonNode sentence : sentences) {
      assertThat(sentence.get("doc").asText()).isIn("e1", "e2", "e3", "u1");
    }
    assertThat(err.toString()).contains("11 articles -> 4 stories");
  }

  @Test
  void badLinesAreReportedAndSkippedTheOthersGroupedExitOne() throws Exception {
    Path in = dir.resolve("feed.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(feed()));
    lines.add(1, "{\"id\":\"broken\",\"text\":");
    lines.add(2, "{\"title\":\"no id\",\"text\":\"x\"}");
    lines.add(3, "{\"id\":\"nodate\",\"text\":\"words\",\"date\":\"last tuesday\"}");
    lines.add(4, "{\"id\":\"q1\",\"text\":\"the same id again\"}");
    lines.add(5, "[1, 2]");
    lines.add(6, "{\"id\":\"notext\",\"title\":\"only a title\"}");
    Files.write(in, lines);
    Files.write(in, "{\"id\":\"latin1\",\"text\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1),
        java.nio.file.StandardOpenOption.APPEND);
    Path out = dir.resolve("stories.jsonl");

    int code = run("--in", in.toString(), "--out", out.toString(), "--no-summaries");

    assertThat(code).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertThat(err.toString())
        .contains(in + " line 2: malformed JSON")
        .contains(in + " line 3: missing \"id\"")
        .contains(in + " line 4: article 'nodate'")
        .contains("q1: an article with this id came before")
        .contains(in + " line 6: expected a JSON object")
        .contains("neither a \"text\" nor an \"html\"")
        .contains(in + " line 18: not valid UTF-8")
        .contains("7 inputs skipped")
        .doesNotContain("Exception");
    assertThat(lines(out)).hasSize(4).allSatisfy(story -> assertThat(story.has("summary")).isFalse());
  }

  /**
   * Groups the whole feed in one run (assignments {@code one.a}), then {@code first} and {@code
   * second} in two runs sharing a state ({@code s1.a}, {@code s2.a}, stories {@code s2.jsonl}; the
   * second with {@code options}); returns the second run's exit code.
   */
  private int oneRunAndTwoRunsWithAState(List<String> first, List<String> second, String... options) throws Exception {
    Path firstFeed = Files.write(dir.resolve("first.jsonl"), first);
    Path secondFeed = Files.write(dir.resolve("second.jsonl"), second);
    Path state = dir.resolve("state");
    assertThat(run("--in", feed().toString(), "--out", dir.resolve("one.jsonl").toString(), "--no-summaries",
        "--assignments", dir.resolve("one.a").toString())).isZero();
    assertThat(run("--in", firstFeed.toString(), "--out", dir.resolve("s1.jsonl").toString(), "--no-summaries",
        "--state", state.toString(), "--assignments", dir.resolve("s1.a").toString())).isZero();
    List<String> args = new ArrayList<>(List.of("--in", secondFeed.toString(), "--out", dir.resolve("s2.jsonl").toString(),
        "--state", state.toString(), "--assignments", dir.resolve("s2.a").toString()));
    args.addAll(List.of(options));
    return run(args.toArray(String[]::new));
  }

  /** Whether the assignments of the two runs together are those of the one run. */
  private void assertTheTwoRunsAssignedAsTheOne() throws IOException {
    Map<String, String> split = new LinkedHashMap<>(assignments(dir.resolve("s1.a")));
    split.putAll(assignments(dir.resolve("s2.a")));
    assertThat(split).isEqualTo(assignments(dir.resolve("one.a")));
  }

  @Test
  void aSecondRunWithTheStateExtendsTheFirstExactlyAsOneRunWould() throws Exception {
    List<String> all = Files.readAllLines(feed());

    assertThat(oneRunAndTwoRunsWithAState(all.subList(0, 5), all.subList(5, all.size()), "--sentences", "1"))
        .as(err.toString()).isZero();

    assertTheTwoRunsAssignedAsTheOne();
    // e1 and e2 came in the first run, e3 and u1 in the second: the story lists all four, summarized from the new ones
    JsonNode election = lines(dir.resolve("s2.jsonl")).stream()
        .filter(s -> s.get("articles").toString().contains("e3")).findFirst().orElseThrow();
    assertThat(election.get("articles")).extracting(JsonNode::asText).containsExactly("e1", "e2", "e3", "u1");
    assertThat(election.get("summary").get("sentences").get(0).get("doc").asText()).isIn("e3", "u1");
  }

  @Test
  void articlesAnEarlierRunGroupedAreReportedAndSkippedSoAnOverlappingFeedGivesTheStoriesOfOneRun() throws Exception {
    List<String> all = Files.readAllLines(feed());

    int code = oneRunAndTwoRunsWithAState(all.subList(0, 5), all.subList(3, all.size()), "--no-summaries");

    assertThat(code).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertThat(err.toString())
        .contains(JSON.readTree(all.get(3)).get("id").asText() + ": an earlier run grouped an article with this id")
        .contains(JSON.readTree(all.get(4)).get("id").asText() + ": an earlier run grouped an article with this id")
        .contains("2 inputs skipped");
    assertTheTwoRunsAssignedAsTheOne();
    assertThat(lines(dir.resolve("s2.jsonl"))).allSatisfy(story ->
        assertThat(story.get("articles")).extracting(JsonNode::asText).doesNotHaveDuplicates());
  }

  @Test
  void anOutputThatIsAnInputIsRefusedBeforeAnyWorkAndTheInputKept() throws Exception {
    Path in = dir.resolve("feed.jsonl");
    Files.copy(feed(), in);
    byte[] feed = Files.readAllBytes(in);
    Path out = dir.resolve("stories.jsonl");

    assertThat(run("--in", in.toString(), "--out", in.toString())).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertThat(run("--in", in.toString(), "--out", out.toString(), "--assignments", in.toString()))
        .isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertThat(run("--in", in.toString(), "--out", out.toString(), "--assignments", out.toString()))
        .isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);

    assertThat(Files.readAllBytes(in)).isEqualTo(feed);
    assertThat(out).doesNotExist();
    assertThat(err.toString()).contains("output " + in + " is the input " + in + ": writing it would destroy the input")
        .contains("two outputs are the same file " + out).doesNotContain("articles ->");
  }

  @Test
  void aRunThatCannotWriteItsOutputsFailsBeforeGroupingAndLeavesTheStateAsItWas() throws Exception {
    Path state = dir.resolve("state");
    Path missing = dir.resolve("missing").resolve("stories.jsonl");

    assertThat(run("--in", feed().toString(), "--out", dir.toString(), "--state", state.toString()))
        .isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertThat(run("--in", feed().toString(), "--out", missing.toString(), "--state", state.toString()))
        .isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    Path stateFile = Files.writeString(dir.resolve("state.txt"), "not a directory");
    assertThat(run("--in", feed().toString(), "--out", dir.resolve("o.jsonl").toString(), "--state", stateFile.toString()))
        .isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);

    assertThat(state).doesNotExist();
    assertThat(dir.resolve("o.jsonl")).doesNotExist();
    assertThat(err.toString())
        .contains("output " + dir + " is a directory")
        .contains(missing + ": cannot write: no such directory " + missing.getParent())
        .contains(stateFile + ": not a directory (the story state is kept in a directory)")
        .doesNotContain("articles ->").doesNotContain("Exception");
  }

  @Test
  void badSettingsAreUsageErrorsAndAStateOfOtherSettingsIsRefused() throws Exception {
    Path out = dir.resolve("o.jsonl");
    assertThat(run("--in", feed().toString(), "--out", out.toString(), "--set", "threshold=2")).isEqualTo(2);
    assertThat(err.toString()).contains("threshold must be in (0, 1]");
    assertThat(run("--in", feed().toString(), "--out", out.toString(), "--set", "nosuch=1")).isEqualTo(2);
    // Bug: an unknown method was a usage error (2) here, bad input (1) for summarize, batch and eval, as the README says.
    assertThat(run("--in", feed().toString(), "--out", out.toString(), "-m", "magic")).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertThat(err.toString()).contains("newsum: unknown method 'magic'; choose one of default, ");
    // --threads 0 was a usage error (2) here, a refused value (1) for batch and eval, as the README's exit-code table says.
    assertThat(run("--in", feed().toString(), "--out", out.toString(), "--threads", "0")).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertThat(err.toString()).contains("newsum: --threads must be at least 1, got 0");
    Path state = dir.resolve("state");
    assertThat(run("--in", feed().toString(), "--out", out.toString(), "--no-summaries", "--state", state.toString())).isZero();
    assertThat(run("--in", feed().toString(), "--out", out.toString(), "--no-summaries", "--state", state.toString(),
        "--set", "windowDays=30")).isEqualTo(NewsumCommand.EXIT_INPUT_ERROR);
    assertThat(err.toString()).contains("other parameters").doesNotContain("Exception");
  }

  @Test
  void summarizeWarnsWhenItsInputsLookLikeSeveralStoriesAndNotWhenTheyAreOne() throws Exception {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Path one = Files.createDirectories(dir.resolve("one"));
    for (JsonNode article : lines(feed())) {
      String id = article.get("id").asText();
      String text = article.get("title").asText() + "\n\n" + article.get("text").asText();
      Files.writeString(pages.resolve(id + ".txt"), text);
      if (id.startsWith("e")) {
        Files.writeString(one.resolve(id + ".txt"), text);
      }
    }
    int code = NewsumCommand.run(new String[] {"summarize", pages.toString()}, new PrintWriter(new StringWriter()),
        new PrintWriter(err));
    assertThat(code).isZero();
    // the check groups coarsely (StoryCheck: one story or unrelated ones), so the two undated earthquakes are one group
    assertThat(err.toString()).contains("WARNING: the 11 inputs look like 3 different stories")
        .contains("4 about \"").contains("e1, e2, e3, u1").contains("newsum stories");

    StringWriter quiet = new StringWriter();
    assertThat(NewsumCommand.run(new String[] {"summarize", one.toString()}, new PrintWriter(new StringWriter()),
        new PrintWriter(quiet))).isZero();
    assertThat(quiet.toString()).doesNotContain("WARNING");
  }
}
