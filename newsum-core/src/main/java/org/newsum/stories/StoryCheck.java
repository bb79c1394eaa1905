package org.newsum.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsum.model.Document;

/**
 * Whether the documents of one cluster look like one story: a summary of several unrelated
 * events reads as a list of non sequiturs, so front ends warn. The documents are grouped with
 * the story grouper as it was when this check was chosen (80 terms per article, 240 per story) at
 * lower thresholds, 0.15 (and 0.12 in one re-assignment round, then a plain-cosine merge at 0.23:
 * a handful of documents has no neighbourhood to measure similarity against, see {@link
 * StoryOptions#neighbourNorm}), with dates ignored: a cluster may span any time, and
 * the question is "one story or unrelated ones", not "which event": one story's facets (the
 * quake, the rescue, the aid) share less than two reports of one event do, while unrelated
 * events share almost nothing. Chosen on DUC 2004 (real one-event clusters: warned on none of 50
 * instead of 15) and mixes drawn from the stories feeds (as often caught as before); see
 * BENCHMARKS.md "Stories". They look like
 * several stories when at least two groups have two documents or more, when three or more
 * documents share no group at all, or when the largest group holds under a quarter of the
 * documents (a feed of many events with a few accidental pairs). Strays beside a larger group are
 * normal (an opinion piece, a background article) and not warned of.
 */
public final class StoryCheck {
  private static final StoryOptions CHECK = StoryOptions.DEFAULT.with("threshold", "0.15").with("refineRounds", "1")
      .with("refineThreshold", "0.12").with("mergeThreshold", "0.23").with("neighbourNorm", "0").with("sharedWeight", "0").with("pairThreshold", "0")
      .with("articleTerms", "80").with("centroidTerms", "240");

  private StoryCheck() {}

  /** The groups, largest first, when the documents do not look like one story; empty when they do. */
  public static List<Story> distinctStories(List<Document> documents) {
    StoryGrouper grouper = StoryGrouper.standard(CHECK);
    for (Document d : documents) {
      grouper.add(new Document(d.id(), d.title(), d.text(), null, d.source()));
    }
    List<Story> stories = new ArrayList<>(grouper.drainRetired());
    stories.addAll(grouper.openStories());
    stories.sort(Comparator.comparingInt(Story::size).reversed());
    long sizeable = stories.stream().filter(s -> s.size() >= 2).count();
    int largest = stories.isEmpty() ? 0 : stories.get(0).size();
    boolean unrelated = documents.size() >= 3 && (stories.size() == documents.size() || 4 * largest < documents.size());
    return sizeable >= 2 || unrelated ? stories : List.of();
  }
}
