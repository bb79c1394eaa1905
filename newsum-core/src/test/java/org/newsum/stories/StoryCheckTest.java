package org.newsum.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsum.model.Document;

class StoryCheckTest {
  private static final Document QUAKE_1 = Document.of("q1", "A magnitude 6.8 earthquake struck Valdoria on Tuesday,"
      + " collapsing homes in Persk; 41 people were killed, the Valdorian interior ministry said.");
  private static final Document QUAKE_2 = Document.of("q2", "Rescuers in Persk searched rubble as the Valdoria"
      + " earthquake toll rose to 63, the interior ministry said; aftershocks shook the province.");
  private static final Document VOTE_1 = Document.of("e1", "Voters in Eastvale re-elected Mayor Dana Quinn on Sunday;"
      + " Quinn beat Victor Hale with 58 percent, the Eastvale election board said.");
  private static final Document VOTE_2 = Document.of("e2", "Dana Quinn won a second term as Eastvale mayor on Sunday,"
      + " defeating Victor Hale; Hale conceded as the election board reported 58 percent for Quinn.");
  private static final Document CUP = Document.of("s1", "Harbor City beat Northgate 3-1 in the cup final on Saturday;"
      + " striker Leo Marsh scored twice.");

  @Test
  void oneEventIsOneStory() {
    assertThat(StoryCheck.distinctStories(List.of(QUAKE_1, QUAKE_2))).isEmpty();
    assertThat(StoryCheck.distinctStories(List.of(QUAKE_1))).isEmpty();
  }

  @Test
  void twoEventsOrUnrelatedDocumentsAreNamed() {
    List<Story> stories = StoryCheck.distinctStories(List.of(QUAKE_1, VOTE_1, QUAKE_2, VOTE_2, CUP));
    assertThat(stories).extracting(Story::articleIds)
        .containsExactly(List.of("q1", "q2"), List.of("e1", "e2"), List.of("s1"));
    assertThat(StoryCheck.distinctStories(List.of(QUAKE_1, VOTE_1, CUP))).hasSize(3);
  }
}
