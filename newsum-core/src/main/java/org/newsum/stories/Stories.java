package org.newsum.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsum.batch.ClusterResult;
import org.newsum.batch.SummarizeStep;
import org.newsum.model.Cluster;
import org.newsum.model.Document;

/**
 * A whole list of articles grouped into stories and each story summarized: the steps that
 * {@code newsum stories} and the server's {@code POST /api/stories} share, so that both give the
 * same stories for the same articles.
 */
public final class Stories {
  /**
   * Articles signed at a time, in parallel (an embedding takes tens of milliseconds of CPU, the
   * grouping of a signature a fraction of one), then grouped in feed order: the same stories as
   * adding them one by one.
   */
  private static final int SIGNED_AHEAD = 256;

  private Stories() {}

  /**
   * Adds {@code articles} to {@code grouper} in {@linkplain StoryGrouper#feedOrder feed order} and
   * returns every story {@linkplain StoryGrouper#changedSinceRestore changed} by them, largest first
   * (equal sizes: retired stories in the order they were retired, then open ones in the order they
   * were opened). With a fresh grouper that is every story holding one of them; with a restored
   * state, stories of earlier runs that this run left as they were handed out are left out, while
   * those the refinement changed without adding to them are kept.
   */
  public static List<Story> group(StoryGrouper grouper, List<Document> articles) {
    List<Story> stories = new ArrayList<>();
    List<Document> feed = StoryGrouper.feedOrder(articles);
    for (int from = 0; from < feed.size(); from += SIGNED_AHEAD) {
      List<ArticleSignature> signed = feed.subList(from, Math.min(feed.size(), from + SIGNED_AHEAD)).parallelStream()
          .map(article -> ArticleSignature.of(article, grouper.options())).toList();
      for (ArticleSignature article : signed) {
        grouper.add(article);
        stories.addAll(grouper.drainRetired());
      }
    }
    stories.addAll(grouper.openStories());
    stories.removeIf(story -> !grouper.changedSinceRestore(story));
    stories.sort(Comparator.comparingInt(Story::size).reversed());
    return stories;
  }

  /** The articles by id (a later article with an id seen before replaces the earlier one). */
  public static Map<String, Document> byId(List<Document> articles) {
    Map<String, Document> byId = new LinkedHashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    return byId;
  }

  /** The story of each article id of {@code stories}, by article id. */
  public static Map<String, String> storyOf(List<Story> stories) {
    Map<String, String> storyOf = new LinkedHashMap<>();
    stories.forEach(s -> s.articleIds().forEach(id -> storyOf.put(id, s.id())));
    return storyOf;
  }

  /**
   * Summarizes one story with {@code step}: a cluster named after the story of its articles found
   * in {@code articles}, in the story's order (articles of an earlier run, not in {@code
   * articles}, are left out). Never throws for bad input: a story that cannot be summarized (e.g.
   * only boilerplate) is a {@link ClusterResult.Skipped} whose message starts {@code "story ID: "}.
   */
  public static ClusterResult summarize(Story story, Map<String, Document> articles, SummarizeStep step) {
    List<Document> docs = story.articleIds().stream().filter(articles::containsKey).map(articles::get).toList();
    return step.apply(Cluster.of(story.id(), docs), "story " + story.id());
  }
}
