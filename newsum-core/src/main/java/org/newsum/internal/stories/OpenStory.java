package org.newsum.internal.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsum.stories.Story;

/** A story still open to new articles: its truncated centroid, dates and members. Mutable. */
final class OpenStory {
  static final int NO_DAY = Integer.MIN_VALUE;

  final String id;
  /** The order in which stories were opened: ties between equally similar stories go to the older. */
  final long number;
  /** Sum of its articles' unit vectors, cut to the top terms. */
  SparseVector centroid;
  double centroidNorm;
  int firstDay = NO_DAY;
  int lastDay = NO_DAY;
  /** Feed position of the last article that joined. */
  long lastJoined;
  final List<String> articleIds;
  String headline;
  double headlineScore;

  OpenStory(String id, long number, List<String> articleIds, String headline, double headlineScore) {
    this.id = id;
    this.number = number;
    this.articleIds = new ArrayList<>(articleIds);
    this.headline = headline;
    this.headlineScore = headlineScore;
  }

  void setCentroid(SparseVector centroid) {
    this.centroid = centroid;
    this.centroidNorm = centroid.norm();
  }

  /** Whether {@code term} is one of the centroid's terms. */
  boolean hasTerm(int term) {
    return Arrays.binarySearch(centroid.ids(), term) >= 0;
  }

  void addDay(int day) {
    if (day != NO_DAY) {
      firstDay = firstDay == NO_DAY ? day : Math.min(firstDay, day);
      lastDay = lastDay == NO_DAY ? day : Math.max(lastDay, day);
    }
  }

  /** Days between {@code day} and this story's dates, 0 inside them; 0 when either is undated. */
  int gap(int day) {
    if (day == NO_DAY || lastDay == NO_DAY) {
      return 0;
    }
    return day > lastDay ? day - lastDay : day < firstDay ? firstDay - day : 0;
  }

  Story snapshot() {
    return new Story(id, articleIds, date(firstDay), date(lastDay), headline);
  }

  private static LocalDate date(int day) {
    return day == NO_DAY ? null : LocalDate.ofEpochDay(day);
  }
}
