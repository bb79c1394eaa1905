package org.newsum.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsum.model.Cluster;
import org.newsum.model.Document;

class ClusterLanguagesTest {
  @Test
  void aDetectorReadsTheTitleALineBreakAndTheText() {
    List<String> seen = new ArrayList<>();
    List<String> starts = new ArrayList<>();
    Document titled = new Document("a", "Floods close the port", "The harbour stayed shut on Monday.", null, null, null);
    Document untitled = Document.of("b", "Ships waited outside the breakwater.");
    Cluster cluster = ClusterLanguages.withLanguages(Cluster.of("c", List.of(titled, untitled)), text -> {
      seen.add(text.toString());
      starts.add(text.subSequence(0, Math.min(text.length(), 25)).toString());
      StringBuilder each = new StringBuilder();
      for (int i = 0; i < text.length(); i++) {
        each.append(text.charAt(i));
      }
      return each.toString().equals(text.toString()) ? "en" : "xx";
    });

    assertThat(seen).containsExactly("Floods close the port\nThe harbour stayed shut on Monday.", "Ships waited outside the breakwater.");
    assertThat(starts).containsExactly("Floods close the port\nThe", "Ships waited outside the ");
    assertThat(cluster.documents()).extracting(Document::language).containsExactly("en", "en");
  }
}
