package org.newsum.internal.stories;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsum.documents.InputException;
import org.newsum.documents.StrictJson;
import org.newsum.internal.output.AtomicFileWriter;
import org.newsum.internal.text.SentenceEncoder;
import org.newsum.stories.Story;
import org.newsum.stories.StoryOptions;

/**
 * The saved state of an {@link OnlineStoryGrouper}: the parameters, feed counters, the term table
 * with its document frequencies, and every open story (centroid, dates, headline, and its members
 * with their vectors, dates, headlines and the story each was handed out in, for {@link
 * StoryRefiner} and {@link OnlineStoryGrouper#changedSinceRestore}), as
 * one JSON file {@value #FILE} written atomically. The inverted index is rebuilt from the
 * centroids on reading. Doubles are written exactly (shortest round-trip form), so a restored
 * grouper continues exactly as the saved one would have.
 */
final class GroupingState {
  static final String FILE = "stories-state.json";
  private static final String FORMAT = "newsum-stories-state/4";
  private static final ObjectMapper JSON = new ObjectMapper();

  private GroupingState() {}

  static void write(OnlineStoryGrouper grouper, Path directory) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    ObjectNode options = root.putObject("options");
    grouper.options.asMap().forEach(options::put);
    root.put("articlesSeen", grouper.articlesSeen);
    root.put("storiesOpened", grouper.storiesOpened);
    root.put("latestDay", grouper.latestDay);
    root.put("vectorizedArticles", grouper.vectorizer.articles());
    ArrayNode terms = root.putArray("terms");
    grouper.vectorizer.terms().forEach(terms::add);
    ArrayNode df = root.putArray("documentFrequencies");
    for (int f : grouper.vectorizer.documentFrequencies()) {
      df.add(f);
    }
    ArrayNode af = root.putArray("anchorFrequencies");
    for (int f : grouper.vectorizer.anchorFrequencies()) {
      af.add(f);
    }
    Map<String, String> shown = new HashMap<>();
    for (Story story : grouper.openStories()) {
      story.articleIds().forEach(id -> shown.put(id, story.id()));
    }
    ArrayNode stories = root.putArray("stories");
    for (OpenStory story : grouper.open()) {
      ObjectNode node = stories.addObject();
      node.put("id", story.id);
      node.put("number", story.number);
      node.put("firstDay", story.firstDay);
      node.put("lastDay", story.lastDay);
      node.put("lastJoined", story.lastJoined);
      node.put("headline", story.headline);
      node.put("headlineScore", story.headlineScore);
      ArrayNode articles = node.putArray("articles");
      for (OpenStory.Member member : story.members) {
        ObjectNode article = articles.addObject();
        article.put("id", member.id());
        article.put("day", member.day());
        article.put("headline", member.headline());
        article.put("shown", shown.get(member.id()));
        putVector(article, member.vector());
        if (member.embedding().length > 0) {
          article.put("embedding", encode(member.embedding()));
        }
      }
      putVector(node, story.centroid);
    }
    try {
      Files.createDirectories(directory);
      AtomicFileWriter.writeString(directory.resolve(FILE), JSON.writeValueAsString(root) + "\n");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode the story state", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the story state into " + directory + ": " + e.getMessage(), e);
    }
  }

  /** An embedding as Base64 of its little-endian 32-bit floats: exact, and about half the size of decimals. */
  private static String encode(float[] embedding) {
    ByteBuffer bytes = ByteBuffer.allocate(Float.BYTES * embedding.length).order(ByteOrder.LITTLE_ENDIAN);
    bytes.asFloatBuffer().put(embedding);
    return Base64.getEncoder().encodeToString(bytes.array());
  }

  private static float[] embedding(JsonNode article, String where, String what) {
    JsonNode node = article.get("embedding");
    if (node == null) {
      return new float[0];
    }
    byte[] bytes = Base64.getDecoder().decode(node.asText());
    if (bytes.length != Float.BYTES * SentenceEncoder.DIMENSIONS) {
      throw new InputException(where, what + ": an embedding of " + bytes.length + " bytes, not "
          + Float.BYTES * SentenceEncoder.DIMENSIONS);
    }
    float[] embedding = new float[SentenceEncoder.DIMENSIONS];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(embedding);
    return embedding;
  }

  private static void putVector(ObjectNode node, SparseVector vector) {
    ArrayNode ids = node.putArray("terms");
    ArrayNode weights = node.putArray("weights");
    for (int k = 0; k < vector.size(); k++) {
      ids.add(vector.ids()[k]);
      weights.add(vector.weights()[k]);
    }
  }

  /** The vector under {@code node}'s "terms" and "weights"; {@code what} names it in errors. */
  private static SparseVector vector(JsonNode node, int terms, String where, String what) {
    JsonNode ids = node.get("terms");
    JsonNode weights = node.get("weights");
    if (ids.size() != weights.size()) {
      throw new InputException(where, what + ": " + ids.size() + " terms but " + weights.size() + " weights");
    }
    int[] vectorIds = new int[ids.size()];
    double[] vectorWeights = new double[ids.size()];
    for (int k = 0; k < vectorIds.length; k++) {
      vectorIds[k] = ids.get(k).intValue();
      vectorWeights[k] = weights.get(k).doubleValue();
      if (vectorIds[k] < 0 || vectorIds[k] >= terms || k > 0 && vectorIds[k] <= vectorIds[k - 1]) {
        throw new InputException(where, what + ": bad term id " + vectorIds[k]);
      }
    }
    return new SparseVector(vectorIds, vectorWeights);
  }

  static OnlineStoryGrouper read(Path directory, StoryOptions options) {
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      throw new InputException(directory.toString(), "not a directory (the story state is kept in a directory)");
    }
    Path file = directory.resolve(FILE);
    if (!Files.exists(file)) {
      return OnlineStoryGrouper.create(options);
    }
    String where = file.toString();
    JsonNode root;
    try {
      root = StrictJson.read(Files.readAllBytes(file));
    } catch (JsonProcessingException e) {
      throw new InputException(where, "cannot read the story state: malformed JSON: " + StrictJson.problem(e), e);
    } catch (IOException e) {
      throw new InputException(where, "cannot read the story state: " + e.getMessage(), e);
    }
    if (root == null || !FORMAT.equals(root.path("format").asText())) {
      throw new InputException(where, "not a story state (expected format " + FORMAT + ")");
    }
    StoryOptions saved = StoryOptions.DEFAULT;
    JsonNode savedOptions = root.path("options");
    for (String name : options.asMap().keySet()) {
      if (savedOptions.has(name)) {
        saved = saved.with(name, savedOptions.get(name).asText());
      }
    }
    if (!savedOptions.has("pairThresholdMax")) {
      saved = saved.with("pairThresholdMax", saved.asMap().get("pairThreshold")); // saved before the cut was chosen per feed: one cut
    }
    if (!saved.equals(options)) {
      throw new InputException(where, "the state was grouped with other parameters " + saved.asMap()
          + " than now " + options.asMap() + "; use the same --set values or a new state directory");
    }
    try {
      List<String> terms = new ArrayList<>();
      root.get("terms").forEach(term -> terms.add(term.asText()));
      JsonNode dfNode = root.get("documentFrequencies");
      int[] df = new int[dfNode.size()];
      for (int k = 0; k < df.length; k++) {
        df[k] = dfNode.get(k).intValue();
      }
      JsonNode afNode = root.get("anchorFrequencies");
      int[] af = new int[afNode.size()];
      for (int k = 0; k < af.length; k++) {
        af[k] = afNode.get(k).intValue();
      }
      if (df.length != terms.size() || af.length != terms.size()) {
        throw new InputException(where, terms.size() + " terms but " + df.length + " document frequencies and "
            + af.length + " anchor frequencies");
      }
      OnlineStoryGrouper grouper = new OnlineStoryGrouper(options,
          new ArticleVectorizer(options, terms, df, af, root.get("vectorizedArticles").longValue()));
      grouper.articlesSeen = root.get("articlesSeen").longValue();
      grouper.storiesOpened = root.get("storiesOpened").longValue();
      grouper.latestDay = root.get("latestDay").intValue();
      grouper.shownAtRestore = new HashMap<>();
      for (JsonNode node : root.get("stories")) {
        String id = node.get("id").asText();
        List<OpenStory.Member> members = new ArrayList<>();
        for (JsonNode article : node.get("articles")) {
          String articleId = article.get("id").asText();
          grouper.shownAtRestore.put(articleId, article.get("shown").asText());
          members.add(new OpenStory.Member(articleId, vector(article, terms.size(), where, "article " + articleId),
              article.get("day").intValue(), article.get("headline").asText(),
              embedding(article, where, "article " + articleId)));
        }
        OpenStory story = new OpenStory(id, node.get("number").longValue(), members,
            node.get("headline").asText(), node.get("headlineScore").doubleValue());
        story.firstDay = node.get("firstDay").intValue();
        story.lastDay = node.get("lastDay").intValue();
        story.lastJoined = node.get("lastJoined").longValue();
        story.setCentroid(vector(node, terms.size(), where, "story " + id));
        grouper.place(story);
      }
      return grouper;
    } catch (NullPointerException | IllegalArgumentException e) {
      throw new InputException(where, "incomplete or damaged story state (" + e + ")", e);
    }
  }
}
