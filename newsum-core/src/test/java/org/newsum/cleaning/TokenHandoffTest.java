package org.newsum.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsum.internal.cleaning.FurnitureClassifier;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.text.AnalyzedCluster;
import org.newsum.text.ClusterAnalyzer;

/** Analysis reading the cleaner's tokens gives what tokenizing the cleaned text gives. */
class TokenHandoffTest {
  private static final String PAGE_A = """
      Home | World | Sport
      Heavy rain flooded the river valley on Monday and forced thousands of residents to leave their homes.
      Rescue teams in boats searched the flooded villages for residents trapped by the rising river.
      Subscribe to our newsletter and we'll send you the news you need.
      "It's the worst flood I've seen," the governor's aide said.The mayor's office didn't comment.
      (JOHN SMITH/AFP/Getty Images)
      """;
  private static final String PAGE_B = """
      Thousands of residents fled their homes as the river burst its banks after days of heavy rain.
      Rescue teams reached villages cut off by the flood water, the governor said.
      Home | World | Sport
      """;
  private static final String FLAT = "Flood waters rose. Rescue teams searched villages in boats, the governor said. "
      + "Residents fled their homes after days of rain.";

  @Test
  void sentencesGetTheSameTermsWithOrWithoutTheCleanersTokens() {
    Cluster cluster = Cluster.of("c", List.of(Document.of("a", PAGE_A), Document.of("b", PAGE_B),
        Document.of("c", FLAT)));
    Cluster cleaned = new FurnitureClassifier().clean(cluster);
    List<Document> copies = new ArrayList<>();
    for (Document d : cleaned.documents()) {
      copies.add(d.withText(new String(d.text().toCharArray()))); // another string: no remembered tokens
    }
    AnalyzedCluster handedOn = ClusterAnalyzer.standard().analyze(cleaned);
    AnalyzedCluster tokenizedAgain = ClusterAnalyzer.standard().analyze(new Cluster("c", copies, null));

    assertThat(handedOn.size()).isEqualTo(tokenizedAgain.size()).isGreaterThan(5);
    for (int i = 0; i < handedOn.size(); i++) {
      assertThat(stems(handedOn, i)).as(handedOn.sentence(i).text()).isEqualTo(stems(tokenizedAgain, i));
    }
  }

  private static List<String> stems(AnalyzedCluster cluster, int i) {
    List<String> out = new ArrayList<>();
    for (int t : cluster.terms(i)) {
      out.add(cluster.vocabulary().stem(t));
    }
    return out;
  }
}
