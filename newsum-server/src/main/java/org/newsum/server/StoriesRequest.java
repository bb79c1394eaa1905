package org.newsum.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsum.Newsum;
import org.newsum.SummaryRequest;
import org.newsum.batch.ClusterResult;
import org.newsum.batch.SummarizeStep;
import org.newsum.cleaning.FurnitureCleaner;
import org.newsum.documents.DocumentReader;
import org.newsum.documents.InputException;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.stories.Stories;
import org.newsum.stories.Story;
import org.newsum.stories.StoryGrouper;
import org.newsum.stories.StoryJson;
import org.newsum.stories.StoryOptions;
import org.newsum.text.LanguageDetector;

/**
 * A validated {@code POST /api/stories} body: a feed of articles to group into stories, the
 * grouping parameters, and how to summarize each story (what {@code newsum stories} takes as
 * flags). {@link #answer} groups and summarizes as the command does ({@link Stories}), so that the
 * stories and their lines are the command's.
 *
 * @param articles the articles in input order (HTML already reduced to article text)
 * @param grouping the grouping parameters ({@code "grouping"}, as {@code --set} takes them)
 * @param request the method, its options and the length of each story's summary
 * @param summaries whether stories are summarized ({@code "summaries": false} groups only)
 */
record StoriesRequest(List<Document> articles, StoryOptions grouping, SummaryRequest request, boolean summaries) {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Finds the titles of untitled articles (thread-safe). */
  private static final FurnitureCleaner TITLES = FurnitureCleaner.standard();
  private static final Set<String> FIELDS = Set.of("articles", "grouping", "method", "options", "words", "bytes",
      "sentences", "characters", "summaries");

  /**
   * @param body the raw request body (UTF-8 JSON)
   * @param reader reads articles as {@code /api/summarize} reads documents
   * @param maxArticles the most articles accepted
   * @param fetchUrls whether articles given only by {@code "url"} are fetched (else refused)
   * @throws ApiException (400) naming the field and the problem
   * @throws InputException (a 400) when a text or HTML article has no article text
   */
  static StoriesRequest parse(byte[] body, DocumentReader reader, int maxArticles, boolean fetchUrls) {
    JsonNode root = RequestJson.readObject(body, "with an \"articles\" array");
    RequestJson.rejectUnknownFields(root, FIELDS, "");
    JsonNode array = RequestJson.documentArray(root, "articles", maxArticles, "articles",
        "{\"id\",\"title\",\"text\" or \"html\",\"date\",\"url\"}");
    List<Document> articles = RequestJson.documents(array, "articles", reader, fetchUrls, RequestJson.Url.SOURCE_OR_CONTENT);
    JsonNode summaries = root.get("summaries");
    if (summaries != null && !summaries.isNull() && !summaries.isBoolean()) {
      throw ApiException.badRequest("\"summaries\" must be true or false, got " + summaries);
    }
    return new StoriesRequest(articles, grouping(root.get("grouping")),
        SummaryRequest.of(RequestJson.options(root), RequestJson.budget(root)), summaries == null || summaries.asBoolean(true));
  }

  /** {@link StoryOptions#DEFAULT} with the parameters of {@code "grouping": {name: value}} set. */
  private static StoryOptions grouping(JsonNode given) {
    StoryOptions options = StoryOptions.DEFAULT;
    if (given == null || given.isNull()) {
      return options;
    }
    if (!given.isObject()) {
      throw ApiException.badRequest("\"grouping\" must be an object {name: value} of "
          + String.join(", ", options.asMap().keySet()));
    }
    for (Map.Entry<String, JsonNode> parameter : given.properties()) {
      try {
        JsonNode value = parameter.getValue();
        options = options.with(parameter.getKey(), value.isBoolean() ? value.asText() : RequestJson.number(parameter, "grouping"));
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("grouping: " + e.getMessage());
      }
    }
    return options;
  }

  /**
   * The stories: {@code {"stories": [story lines, largest first], "articles": [{"id", "story",
   * "title", "date", "language"}, in input order], "warnings": [...]}}; an untitled article's
   * title is {@linkplain #headline found}. A story line is the one
   * {@code newsum stories} writes ({@link StoryJson}); a story that cannot be summarized has no
   * summary and a warning says why. Stops (with a 503) when its thread is interrupted, i.e. the
   * request timed out.
   */
  ObjectNode answer(Newsum newsum, LanguageDetector detector) {
    List<Story> stories = Stories.group(StoryGrouper.standard(grouping), articles);
    Map<String, Document> byId = Stories.byId(articles);
    SummarizeStep step = SummarizeStep.of(newsum, request);
    ObjectNode root = JSON.createObjectNode();
    ArrayNode lines = root.putArray("stories");
    ArrayNode warnings = JSON.createArrayNode();
    for (Story story : stories) {
      if (!summaries) {
        lines.add(StoryJson.toJson(story, null));
        continue;
      }
      if (Thread.currentThread().isInterrupted()) {
        throw new ApiException(ApiException.UNAVAILABLE, "interrupted: the request timed out");
      }
      ClusterResult result = Stories.summarize(story, byId, step);
      if (result instanceof ClusterResult.Skipped skipped) {
        warnings.add("no summary: " + skipped.message());
      }
      lines.add(StoryJson.summarized(story, result));
    }
    Map<String, String> storyOf = Stories.storyOf(stories);
    ArrayNode assigned = root.putArray("articles");
    for (Document article : articles) {
      ObjectNode line = StoryJson.assignment(article.id(), storyOf.get(article.id()));
      assigned.add(line);
      line.put("title", article.title().isBlank() ? headline(article) : article.title());
      line.put("date", article.date() == null ? null : article.date().toString());
      line.put("language", article.language() != null ? article.language()
          : detector.detect(article.title().isEmpty() ? article.text() : article.title() + "\n" + article.text()));
    }
    root.set("warnings", warnings);
    return root;
  }

  /**
   * The title the furniture cleaner finds for an untitled article (as {@code /api/summarize}
   * titles its documents): the first heading above its prose, else its first sentence.
   */
  private static String headline(Document article) {
    return TITLES.clean(Cluster.of(article.id(), List.of(article))).documents().get(0).title();
  }
}
