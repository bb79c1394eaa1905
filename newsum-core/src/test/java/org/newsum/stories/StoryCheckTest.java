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
  private static final Document FIRE = Document.of("f1", "A warehouse fire in Millbrook burned through the night;"
      + " firefighters from three towns contained it by dawn, the Millbrook fire chief said.");
  private static final Document SHIP = Document.of("c1", "The container ship Maren Holt ran aground off Skerry Point"
      + " on Monday; the coast guard said none of its 22 crew were hurt.");
  private static final Document BRIDGE = Document.of("b1", "Engineers closed the Old Quay bridge in Tarnow after"
      + " inspectors found cracks in two of its steel girders.");
  private static final Document FLOOD = Document.of("w1", "The river Asel burst its banks at Dunmere after a week of rain,"
      + " flooding 300 homes; the army sent sandbags.");
  private static final Document PHONE = Document.of("p1", "Corvane unveiled its folding Aster phone at a launch in Lisbon,"
      + " priced at 1,299 euros, with shipments starting in March.");

  @Test
  void oneEventIsOneStory() {
    assertThat(StoryCheck.distinctStories(List.of(QUAKE_1, QUAKE_2))).isEmpty();
    assertThat(StoryCheck.distinctStories(List.of(QUAKE_1))).isEmpty();
  }

  /**
   * Two sides of one event, the toll and the donors' conference, each told twice: they share the
   * place and the quake but little else, which grouping by event keeps apart (two groups) and the
   * one-story check must not call two stories.
   */
  @Test
  void sidesOfOneEventAreOneStory() {
    Document toll = Document.of("t1", "The interior ministry said 63 people were killed in Persk and 200 injured after"
        + " Tuesday's magnitude 6.8 earthquake; collapsed homes lined the old town.");
    Document toll2 = Document.of("t2", "The death toll in Persk rose to 71, the interior ministry said, as hospitals"
        + " treated hundreds injured when homes collapsed in the earthquake.");
    Document donors = Document.of("a1", "Donors at a Geneva conference pledged 40 million euros to rebuild Persk after"
        + " the earthquake; the World Bank offered loans for schools and roads.");
    Document donors2 = Document.of("a2", "The Geneva donor conference closed with pledges of 40 million euros; the World"
        + " Bank and the EU will fund new schools and roads in Persk, where homes collapsed in the earthquake.");
    assertThat(StoryCheck.distinctStories(List.of(toll, toll2, donors, donors2))).isEmpty();
  }

  @Test
  void twoEventsOrUnrelatedDocumentsAreNamed() {
    List<Story> stories = StoryCheck.distinctStories(List.of(QUAKE_1, VOTE_1, QUAKE_2, VOTE_2, CUP));
    assertThat(stories).extracting(Story::articleIds)
        .containsExactly(List.of("q1", "q2"), List.of("e1", "e2"), List.of("s1"));
    assertThat(StoryCheck.distinctStories(List.of(QUAKE_1, VOTE_1, CUP))).hasSize(3);
  }

  /** One pair among many unrelated documents is a mix; one story beside a single stray is not. */
  @Test
  void manyStraysBesideOneGroupAreNamed() {
    assertThat(StoryCheck.distinctStories(List.of(QUAKE_1, QUAKE_2, CUP, FIRE, PHONE, VOTE_1, SHIP, BRIDGE, FLOOD)))
        .hasSize(8);
    assertThat(StoryCheck.distinctStories(List.of(QUAKE_1, QUAKE_2, CUP))).isEmpty();
  }
}
