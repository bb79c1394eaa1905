package org.newsum.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsum.Newsum;
import org.newsum.SummaryRequest;
import org.newsum.batch.ClusterResult;
import org.newsum.batch.SummarizeStep;
import org.newsum.documents.DocumentReader;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.output.SummaryJson;
import org.newsum.stories.ArticleJsonl;
import org.newsum.stories.Story;
import org.newsum.stories.StoryGrouper;
import org.newsum.stories.StoryJson;
import org.newsum.stories.StoryOptions;
import org.newsum.summarizers.Summarizers;

/**
 * The Spark stories job in {@code local[2]} gives the same stories (members, dates, headline)
 * and the same summaries as the local run (what {@code newsum stories} does: {@link StoryGrouper}
 * over the feed, then {@link SummarizeStep} per story) on a feed written by us (test resource
 * {@code stories-feed.jsonl}: 11 articles about 4 events, two of them earthquakes in one country
 * seven weeks apart, one article undated), reading JSONL with a bad line, or Parquet.
 */
class SparkStoriesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Budget BUDGET = Budget.sentences(2);

  @TempDir static Path dir;
  private static SparkSession spark;
  private static Path feed;
  private static Path withBadLine;
  private static Map<String, JsonNode> expected;

  @BeforeAll
  static void startSparkAndRunLocally() throws IOException {
    List<String> lines;
    try (InputStream in = SparkStoriesTest.class.getResourceAsStream("/stories-feed.jsonl")) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    feed = Files.write(dir.resolve("feed.jsonl"), lines);
    List<String> bad = new ArrayList<>(lines);
    bad.add(3, "{\"id\": \"cut\", \"text\": \"Half a li");
    withBadLine = Files.write(dir.resolve("with-bad-line.jsonl"), bad);

    List<Document> articles = new ArrayList<>();
    ArticleJsonl.read(feed, DocumentReader.standard(), articles::add, e -> {
      throw e;
    });
    StoryGrouper grouper = StoryGrouper.standard(StoryOptions.DEFAULT);
    List<Story> stories = new ArrayList<>();
    for (Document article : StoryGrouper.feedOrder(articles)) {
      grouper.add(article);
      stories.addAll(grouper.drainRetired());
    }
    stories.addAll(grouper.openStories());
    SummarizeStep step = SummarizeStep.of(Newsum.standard(), SummaryRequest.of(Summarizers.DEFAULT, BUDGET));
    expected = new LinkedHashMap<>();
    for (Story story : stories) {
      List<Document> docs = story.articleIds().stream()
          .map(id -> articles.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow()).toList();
      ClusterResult result = step.apply(Cluster.of(story.id(), docs), story.id());
      expected.put(story.id(), StoryJson.toJson(story, SummaryJson.toJson(((ClusterResult.Summarized) result).summary())));
    }
    assertThat(expected).hasSize(4);

    spark = SparkSession.builder().master("local[2]").appName("SparkStoriesTest")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static SparkStories job() {
    return SparkStories.of(StoryOptions.DEFAULT, Summarizers.DEFAULT, Map.of(), BUDGET, true);
  }

  @Test
  void jsonlJobGivesTheLocalStoriesAndSummariesAndSkipsTheBadLine() throws IOException {
    Path out = dir.resolve("stories-out");
    Path assignments = dir.resolve("assignments-out");
    SparkStories.Report report = job().run(spark, withBadLine.toString(), SparkBatch.Format.JSONL, out.toString(),
        assignments.toString(), false);

    assertThat(report.articles()).isEqualTo(11);
    assertThat(report.skipped()).isEqualTo(1);
    assertThat(report.stories()).isEqualTo(4);
    assertThat(byId(lines(out))).isEqualTo(expected);
    Map<String, String> storyOf = new LinkedHashMap<>();
    for (JsonNode line : lines(assignments)) {
      storyOf.put(line.get("id").asText(), line.get("story").asText());
    }
    assertThat(storyOf).hasSize(11);
    expected.forEach((id, story) -> story.get("articles").forEach(a -> assertThat(storyOf.get(a.asText())).isEqualTo(id)));
  }

  @Test
  void parquetJobGivesTheLocalStories() throws IOException {
    Path table = dir.resolve("feed.parquet");
    spark.read().json(feed.toString()).coalesce(1).write().parquet(table.toString());
    Path out = dir.resolve("stories-parquet-out");
    job().run(spark, table.toString(), SparkBatch.Format.of(table.toString()), out.toString(), null, false);
    assertThat(byId(lines(out))).isEqualTo(expected);
  }

  private static List<JsonNode> lines(Path out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    try (Stream<Path> files = Files.list(out)) {
      for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        for (String line : Files.readAllLines(part)) {
          nodes.add(JSON.readTree(line));
        }
      }
    }
    return nodes;
  }

  private static Map<String, JsonNode> byId(List<JsonNode> lines) {
    Map<String, JsonNode> map = new LinkedHashMap<>();
    lines.forEach(line -> map.put(line.get("id").asText(), line));
    return map;
  }
}
