package org.newsum.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.newsum.documents.ClusterJsonlReader;
import org.newsum.documents.ClusterRecord;
import org.newsum.documents.DocumentReader;
import org.newsum.model.Document;
import org.newsum.stories.ArticleJsonl;
import org.newsum.stories.StoryCheck;

/**
 * How often the "does not look like one story" warning of {@code summarize} ({@link StoryCheck})
 * is right: on real one-story clusters (DUC 2004 events, DUC 2006 topics, Multi-News dev) every
 * warning is a false alarm; on mixes drawn from the gold stories of the stories feeds (k stories
 * of m articles each, seeded) every warning is deserved. Prints one line per set. Run from source
 * against the jar:
 *
 * <pre>java -cp newsum-cli/target/newsum.jar newsum-core/src/test/java/org/newsum/benchmark/StoryCheckBenchmark.java ../shared/data</pre>
 */
public final class StoryCheckBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();

  private StoryCheckBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args[0]);
    System.out.println("One-story clusters (a warning is a false alarm):");
    for (String set : List.of("duc2004", "duc2006", "multinews_dev")) {
      List<List<Document>> clusters = new ArrayList<>();
      for (ClusterRecord r : ClusterJsonlReader.readAll(data.resolve(set + ".jsonl"))) {
        clusters.add(r.cluster().documents());
      }
      report(set, clusters);
    }
    System.out.println("Mixes of gold stories (a warning is deserved):");
    record Mix(String feed, int stories, int articles, int count) {}
    long seed = 2026;
    for (Mix mix : List.of(new Mix("multinews_mix", 2, 2, 200), new Mix("multinews_mix", 3, 3, 200),
        new Mix("multinews_mix", 5, 1, 200), new Mix("duc_mix", 2, 5, 100), new Mix("duc_mix", 10, 3, 50),
        new Mix("ecbplus", 2, 5, 100))) {
      List<List<Document>> stories = storiesOf(data.resolve("stories").resolve(mix.feed() + ".jsonl"), mix.articles());
      Random random = new Random(seed++);
      List<List<Document>> clusters = new ArrayList<>();
      for (int i = 0; i < mix.count(); i++) {
        Collections.shuffle(stories, random);
        List<Document> cluster = new ArrayList<>();
        for (List<Document> story : stories.subList(0, mix.stories())) {
          cluster.addAll(story.subList(0, mix.articles()));
        }
        Collections.shuffle(cluster, random);
        clusters.add(cluster);
      }
      report(mix.feed() + ", " + mix.stories() + " stories x " + mix.articles(), clusters);
    }
  }

  /** The gold stories of a feed with at least {@code articles} articles, in feed order. */
  private static List<List<Document>> storiesOf(Path feed, int articles) throws IOException {
    Map<String, List<Document>> byStory = new LinkedHashMap<>();
    DocumentReader pages = DocumentReader.standard();
    for (String line : Files.readAllLines(feed)) {
      String story = JSON.readTree(line).get("story").asText();
      byStory.computeIfAbsent(story, k -> new ArrayList<>()).add(ArticleJsonl.decode(line, feed.toString(), pages));
    }
    List<List<Document>> stories = new ArrayList<>(byStory.values());
    stories.removeIf(s -> s.size() < articles);
    return stories;
  }

  private static void report(String name, List<List<Document>> clusters) {
    long warned = clusters.stream().filter(c -> !StoryCheck.distinctStories(c).isEmpty()).count();
    System.out.printf("  %-32s warned on %4d of %4d (%.1f%%)%n", name, warned, clusters.size(), 100.0 * warned / clusters.size());
  }
}
