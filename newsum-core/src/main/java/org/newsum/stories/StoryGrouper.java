package org.newsum.stories;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsum.documents.InputException;
import org.newsum.internal.stories.OnlineStoryGrouper;
import org.newsum.model.Document;

/**
 * Groups a feed of articles into stories, online: each article, in feed order, joins the open
 * story it is most similar to (content and date) or opens a new one. Memory is bounded by the
 * open stories: stories idle beyond the time window, or the least recently joined beyond {@link
 * StoryOptions#maxOpenStories}, are retired (handed out by {@link #drainRetired}). The open
 * stories and the term statistics can be saved and restored, so a later run continues the feed
 * exactly where an earlier one stopped. Not thread-safe.
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
   * @throws InputException when the state cannot be read or is not a story state
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
    record Keyed(Document article, long day, int position) {}
    List<Keyed> keyed = new ArrayList<>(articles.size());
    long day = Long.MIN_VALUE;
    for (Document article : articles) {
      if (article.date() != null) {
        day = article.date().toEpochDay();
      }
      keyed.add(new Keyed(article, day, keyed.size()));
    }
    keyed.sort(Comparator.comparingLong(Keyed::day).thenComparingInt(Keyed::position));
    return keyed.stream().map(Keyed::article).toList();
  }

  /** Adds the next article of the feed; returns the id of the story it joined or opened. */
  String add(Document article);

  /**
   * Adds the next article of the feed by its signature (made with this grouper's options, e.g. in
   * parallel elsewhere): the same as adding the article.
   */
  String add(ArticleSignature article);

  /** The stories still open, in the order they were opened. */
  List<Story> openStories();

  /** The stories retired since the last call, in the order they were retired; forgets them. */
  List<Story> drainRetired();

  /** Writes the open stories and term statistics into {@code directory} (created if needed), atomically. */
  void save(Path directory);
}
