package org.newsum.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.newsum.model.Cluster;
import org.newsum.stories.Story;
import org.newsum.stories.StoryCheck;

/** The warning of {@code summarize} when its inputs do not look like one story ({@link StoryCheck}). */
final class StoryWarning {
  /** Groups named at most in the warning. */
  private static final int MAX_GROUPS = 5;
  /** Documents named at most per group. */
  private static final int MAX_IDS = 4;

  private StoryWarning() {}

  /** Prints one warning line on {@code err} when the cluster's documents look like several stories. */
  static void warnIfSeveralStories(Cluster cluster, PrintWriter err) {
    List<Story> stories = StoryCheck.distinctStories(cluster.documents());
    if (stories.isEmpty()) {
      return;
    }
    String groups = stories.stream().limit(MAX_GROUPS).map(StoryWarning::describe).collect(Collectors.joining("; "));
    err.println("newsum: WARNING: the " + cluster.documents().size() + " inputs look like " + stories.size()
        + " different stories, not one: " + groups + (stories.size() > MAX_GROUPS ? "; ..." : "")
        + ". The summary mixes them; `newsum stories --in ...` summarizes each story apart.");
  }

  private static String describe(Story story) {
    String ids = story.articleIds().stream().limit(MAX_IDS).collect(Collectors.joining(", "))
        + (story.size() > MAX_IDS ? ", ..." : "");
    String headline = story.headline().length() > 60 ? story.headline().substring(0, 60) + "…" : story.headline();
    return story.size() + " about \"" + headline + "\" (" + ids + ")";
  }
}
