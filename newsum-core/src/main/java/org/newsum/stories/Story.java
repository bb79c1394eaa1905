package org.newsum.stories;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One story as grouped so far: the articles about one real-world event. Immutable.
 *
 * @param id the story's id, stable across runs that share a state
 * @param articleIds its articles, in the order they joined
 * @param firstDate earliest date of its dated articles, or {@code null} when none is dated
 * @param lastDate latest date of its dated articles, or {@code null} when none is dated
 * @param headline the best source title (the title of its most central titled article, else the
 *     opening words of its first article)
 */
public record Story(String id, List<String> articleIds, LocalDate firstDate, LocalDate lastDate, String headline)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public Story {
    Objects.requireNonNull(id, "id");
    articleIds = List.copyOf(articleIds);
    headline = headline == null ? "" : headline;
  }

  /** Number of articles. */
  public int size() {
    return articleIds.size();
  }
}
