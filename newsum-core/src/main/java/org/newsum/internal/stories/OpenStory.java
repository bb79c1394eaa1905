package org.newsum.internal.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsum.stories.Story;

/** A story still open to new articles: its truncated centroid, dates and members. Mutable. */
final class OpenStory {
  static final int NO_DAY = Integer.MIN_VALUE;

  /**
   * An article of an open story, kept so that {@link StoryRefiner} can move it to another story.
   *
   * @param id the article's id
   * @param vector its unit tf-idf vector as grouped
   * @param day its epoch day, or {@link #NO_DAY}
   * @param headline its headline (title or opening words)
   * @param embedding its unit sentence embedding, or empty (see {@link
   *     org.newsum.stories.ArticleSignature#embedding})
   */
  record Member(String id, SparseVector vector, int day, String headline, float[] embedding) {}

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
  final List<Member> members;
  String headline;
  double headlineScore;

  OpenStory(String id, long number, List<Member> members, String headline, double headlineScore) {
    this.id = id;
    this.number = number;
    this.members = new ArrayList<>(members);
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
    return gap(day, firstDay, lastDay);
  }

  /** Days between {@code day} and the dates {@code first..last}, 0 inside them; 0 when either is undated. */
  static int gap(int day, int first, int last) {
    if (day == NO_DAY || last == NO_DAY) {
      return 0;
    }
    return day > last ? day - last : day < first ? first - day : 0;
  }

  /** Days between the dates {@code firstA..lastA} and {@code firstB..lastB}, 0 when they overlap or either is undated. */
  static int gap(int firstA, int lastA, int firstB, int lastB) {
    if (lastA == NO_DAY || lastB == NO_DAY) {
      return 0;
    }
    return lastA < firstB ? firstB - lastA : lastB < firstA ? firstA - lastB : 0;
  }

  Story snapshot() {
    return snapshot(id, members, headline);
  }

  /** A story of {@code members} (in joining order), dated by their dates. */
  static Story snapshot(String id, List<Member> members, String headline) {
    int first = NO_DAY;
    int last = NO_DAY;
    List<String> ids = new ArrayList<>(members.size());
    for (Member member : members) {
      ids.add(member.id());
      if (member.day() != NO_DAY) {
        first = first == NO_DAY ? member.day() : Math.min(first, member.day());
        last = last == NO_DAY ? member.day() : Math.max(last, member.day());
      }
    }
    return new Story(id, ids, date(first), date(last), headline);
  }

  private static LocalDate date(int day) {
    return day == NO_DAY ? null : LocalDate.ofEpochDay(day);
  }
}
