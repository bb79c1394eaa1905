package org.newsum.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsum.model.Document;

class ClusterJsonTest {
  @Test
  void documentsWithoutAnIdAreNumberedFromOne() {
    ClusterRecord r = ClusterJson.decode("{\"id\":\"c\",\"docs\":[{\"text\":\"One.\"},{\"id\":\"x\",\"text\":\"Two.\"},"
        + "{\"text\":\"Three.\"}],\"refs\":[[\"A.\",\"B.\"],\"C.\"]}", 7, "f line 7");
    assertThat(r.cluster().documents()).extracting(Document::id).containsExactly("doc1", "x", "doc3");
    assertThat(r.references()).containsExactly("A.\nB.", "C.");
    assertThat(r.line()).isEqualTo(7);
  }

  @Test
  void everyFormatGetsTheSameErrors() {
    assertThatThrownBy(() -> ClusterJson.decode("{\"docs\":[]}", 1, "f line 1")).hasMessage("f line 1: missing \"id\"");
    assertThatThrownBy(() -> ClusterJson.decode("{\"id\":\"c\"}", 1, "f line 1"))
        .hasMessage("f line 1: cluster 'c' has no \"docs\" array");
    assertThatThrownBy(() -> ClusterJson.decode("{\"id\":\"c\",\"docs\":[{\"text\":3}]}", 1, "f line 1"))
        .hasMessage("f line 1: document 'doc1' has no \"text\" string");
    assertThatThrownBy(() -> ClusterJson.decode("[1]", 1, "f line 1")).hasMessage("f line 1: expected a JSON object");
    assertThatThrownBy(() -> ClusterJson.decode("{\"id\":\"c\",\"docs\":[{\"text\":\"x\",\"date\":\"soon\"}]}", 1, "w"))
        .isInstanceOf(InputException.class).hasMessageStartingWith("w: cluster 'c', document 'doc1': \"date\" must be");
    // the same messages for fields that come from elsewhere (a table row)
    assertThatThrownBy(() -> ClusterJson.document("w", "c", 0, null, null, null, () -> null))
        .hasMessage("w: document 'doc1' has no \"text\" string");
    assertThat(ClusterJson.document("w", "c", 1, null, null, "Text.", () -> LocalDate.of(2017, 7, 7)))
        .isEqualTo(new Document("doc2", "", "Text.", LocalDate.of(2017, 7, 7), null));
  }

  @Test
  void theHistoryIsReadLikeTheDocuments() {
    ClusterRecord r = ClusterJson.decode("{\"id\":\"c-B\",\"docs\":[{\"text\":\"New.\"}],\"history\":[{\"id\":\"a1\","
        + "\"title\":\"T\",\"text\":\"Old.\",\"date\":\"1998-05-02\"},{\"text\":\"Older.\"}]}", 1, "f line 1");
    assertThat(r.cluster().history()).containsExactly(new Document("a1", "T", "Old.", LocalDate.of(1998, 5, 2), null),
        new Document("doc2", "", "Older.", null, null));
    assertThat(ClusterJson.decode("{\"id\":\"c\",\"docs\":[],\"history\":null}", 1, "w").cluster().history()).isEmpty();
    assertThatThrownBy(() -> ClusterJson.decode("{\"id\":\"c\",\"docs\":[],\"history\":\"x\"}", 1, "f line 1"))
        .isInstanceOf(InputException.class).hasMessage("f line 1: cluster 'c': \"history\" is not an array of documents");
    assertThatThrownBy(() -> ClusterJson.decode("{\"id\":\"c\",\"docs\":[],\"history\":[{\"date\":\"1998\"}]}", 1, "w"))
        .hasMessage("w: document 'doc1' has no \"text\" string");
  }

  @Test
  void aDocumentsLanguageOverridesTheClusters() {
    ClusterRecord r = ClusterJson.decode("{\"id\":\"c\",\"lang\":\"fr\",\"docs\":[{\"text\":\"Un.\"},"
        + "{\"text\":\"Zwei.\",\"language\":\"DE\"},{\"text\":\"Three.\",\"language\":\"\"}]}", 1, "f line 1");
    assertThat(r.cluster().documents()).extracting(Document::language).containsExactly("fr", "de", "fr");
    assertThat(ClusterJson.decode("{\"id\":\"c\",\"docs\":[{\"text\":\"x\"}]}", 1, "w").cluster().documents().get(0)
        .languageCode()).isEmpty();
  }

  @Test
  void aLanguageThatIsNoLanguageCodeIsTheLinesError() {
    assertThatThrownBy(() -> ClusterJson.decode("{\"id\":\"c\",\"docs\":[{\"id\":\"d1\",\"text\":\"x\",\"language\":\"english\"}]}", 1, "f line 1"))
        .isInstanceOf(InputException.class)
        .hasMessage("f line 1: cluster 'c', document 'd1': \"language\": 'english' is not a language code: give an ISO 639-1 code such as de or zh");
    assertThatThrownBy(() -> ClusterJson.decode("{\"id\":\"c\",\"lang\":\"zz qq\",\"docs\":[{\"text\":\"x\"}]}", 1, "f line 2"))
        .hasMessage("f line 2: cluster 'c': \"lang\": 'zz qq' is not a language code: give an ISO 639-1 code such as de or zh");
    assertThatThrownBy(() -> ClusterJson.decode("{\"id\":\"c\",\"docs\":[{\"text\":\"x\",\"language\":5}]}", 1, "f line 3"))
        .hasMessage("f line 3: cluster 'c', document 'doc1': \"language\": not a string but 5");
  }
}
