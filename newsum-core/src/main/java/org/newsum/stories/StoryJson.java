package org.newsum.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newsum.batch.ClusterResult;
import org.newsum.output.SummaryJson;

/**
 * The output line of a story, as {@code newsum stories} and the Spark job write it:
 * {@code {"id","articles":[ids],"size","first_date","last_date","headline","summary"?}}, dates
 * ISO or null, the summary as {@link org.newsum.output.SummaryJson} renders it.
 */
public final class StoryJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private StoryJson() {}

  /** The line of {@code story}, with {@code summary} when not null. */
  public static ObjectNode toJson(Story story, JsonNode summary) {
    ObjectNode line = JSON.createObjectNode();
    line.put("id", story.id());
    ArrayNode ids = line.putArray("articles");
    story.articleIds().forEach(ids::add);
    line.put("size", story.size());
    line.put("first_date", story.firstDate() == null ? null : story.firstDate().toString());
    line.put("last_date", story.lastDate() == null ? null : story.lastDate().toString());
    line.put("headline", story.headline());
    if (summary != null) {
      line.set("summary", summary);
    }
    return line;
  }

  /**
   * The line of {@code story} with the summary of {@code result} ({@link Stories#summarize}), or
   * without a summary when the story was skipped.
   */
  public static ObjectNode summarized(Story story, ClusterResult result) {
    return toJson(story, result instanceof ClusterResult.Summarized s ? SummaryJson.toJson(s.summary()) : null);
  }

  /** The {@code {"id","story"}} line of one article (the format cluster_score.py reads). */
  public static ObjectNode assignment(String articleId, String storyId) {
    return JSON.createObjectNode().put("id", articleId).put("story", storyId);
  }
}
