package org.newsum.stories;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsum.documents.InputException;
import org.newsum.internal.stories.OnlineStoryGrouper;
import org.newsum.model.Document;

/**
 * Groups a feed of articles into stories, online: each article, in feed order, joins the open
 * story it is most similar to (content, and time: the further apart, the more similar it must be)
 * or opens a new one; the open stories are handed out refined (with {@link
 * StoryOptions#refineRounds}, every article re-assigned to its best story) and merged by average
 * linkage ({@link StoryOptions#pairThreshold}: on a same-story model over candidate article pairs,
 * calibrated to the feed, cut where the feed's own probabilities promise the best B-cubed F1). Memory is bounded by the open stories: stories no article could join any more, or
 * the least recently joined beyond {@link StoryOptions#maxOpenStories}, are retired (handed out by
 * {@link #drainRetired}). The open stories and the term statistics can be saved and restored, so a
 * later run continues the feed exactly where an earlier one stopped. Not thread-safe.
 */
public interface StoryGrouper {
  /** A grouper with no story yet. */
  static StoryGrouper standard(StoryOptions options) {
    return OnlineStoryGrouper.create(options);
  }

  /**
   * A grouper continuing from the state {@link #save} wrote in {@code directory}, or a new one
   * when the directory holds no state.
   *
   * @throws InputException when {@code directory} is a file, or the state cannot be read or is not a story state
   */
  static StoryGrouper restore(Path directory, StoryOptions options) {
    return OnlineStoryGrouper.restore(directory, options);
  }

  /**
   * The articles in feed order: by date, stably (equal dates keep their input order); an undated
   * article stays right after the article it followed in the input (it takes that article's date,
   * none at the start).
   */
  static List<Document> feedOrder(List<Document> articles) {
    long[] keys = feedKeys(articles.stream().map(Document::date).toList());
    Integer[] order = new Integer[keys.length];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    java.util.Arrays.sort(order, Comparator.comparingLong(k -> keys[k]));
    List<Document> ordered = new ArrayList<>(order.length);
    for (int k : order) {
      ordered.add(articles.get(k));
    }
    return ordered;
  }

  /**
   * The sort keys of {@link #feedOrder} for the articles' dates in input order ({@code null} for
   * undated): sorting by key ascending gives the feed order (keys are distinct). For feeds sorted
   * elsewhere (e.g. on Spark): at most 2^32 articles, dates within 2.9 million years of 1970.
   */
  static long[] feedKeys(List<LocalDate> dates) {
    long[] keys = new long[dates.size()];
    long offset = 1L << 30;
    long day = -offset;
    for (int k = 0; k < keys.length; k++) {
      LocalDate date = dates.get(k);
      if (date != null) {
        day = date.toEpochDay();
      }
      keys[k] = (day + offset) << 32 | k;
    }
    return keys;
  }

  /** The parameters this grouper groups with (signatures for {@link #add(ArticleSignature)} are made with them). */
  StoryOptions options();

  /** Adds the next article of the feed; returns the id of the story it joined or opened. */
  String add(Document article);

  /**
   * Adds the next article of the feed by its signature (made with this grouper's options, e.g. in
   * parallel elsewhere): the same as adding the article.
   */
  String add(ArticleSignature article);

  /**
   * The stories still open, refined and merged (see {@link StoryOptions#pairThreshold}), in the
   * order they were opened; an article the refinement sets apart comes after them, alone unless a
   * merge takes it in, under the id of the story it left with a suffix ({@code s12.1}). A merged
   * story keeps the id of the one listed first.
   */
  List<Story> openStories();

  /** The stories retired since the last call, in the order they were retired; forgets them. */
  List<Story> drainRetired();

  /**
   * Whether {@code story} (as handed out now) differs from how the run that saved the restored state
   * handed it out: one of its articles was then in another story, or is new. Always true for a
   * grouper that was not restored. The refinement may move articles between open stories, so a run
   * outputs the stories it changed, not only those it added to.
   */
  boolean changedSinceRestore(Story story);

  /**
   * Writes the open stories and term statistics into {@code directory} (created if needed),
   * atomically, with the open stories as now handed out (see {@link #changedSinceRestore}).
   */
  void save(Path directory);
}
