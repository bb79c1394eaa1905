package org.newsum.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterJsonlReaderTest {
  private static ClusterJsonlReader reader(String content) {
    return new ClusterJsonlReader("test.jsonl", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsDocumentsReferencesAndQuery() {
    ClusterRecord r = reader("{\"id\":\"d30001t\",\"query\":\"What happened?\",\"docs\":[{\"id\":\"a\",\"title\":\"T\","
        + "\"text\":\"Body.\"}],\"refs\":[\"One ref.\",[\"Two\",\"sentences.\"]]}\n").next();
    assertThat(r.line()).isEqualTo(1);
    assertThat(r.cluster().id()).isEqualTo("d30001t");
    assertThat(r.cluster().query()).isEqualTo("What happened?");
    assertThat(r.cluster().documents()).singleElement().satisfies(d -> {
      assertThat(d.id()).isEqualTo("a");
      assertThat(d.title()).isEqualTo("T");
      assertThat(d.text()).isEqualTo("Body.");
    });
    assertThat(r.references()).containsExactly("One ref.", "Two\nsentences.");
  }

  @Test
  void aMalformedLineIsReportedWithItsNumberAndReadingGoesOn() {
    ClusterJsonlReader r = reader("{\"id\":\"1\",\"docs\":[{\"text\":\"A.\"}]}\n\n{not json\n{\"id\":\"3\",\"docs\":[]}\n");
    List<String> ids = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    while (r.hasNext()) {
      try {
        ids.add(r.next().cluster().id());
      } catch (InputException e) {
        errors.add(e.getMessage());
      }
    }
    assertThat(ids).containsExactly("1", "3");
    assertThat(errors).singleElement().asString().startsWith("test.jsonl line 3: malformed JSON");
  }

  @Test
  void missingFieldsAreNamed() {
    assertThatThrownBy(() -> reader("{\"docs\":[]}").next()).hasMessageContaining("missing \"id\"");
    assertThatThrownBy(() -> reader("{\"id\":\"x\"}").next()).hasMessageContaining("no \"docs\" array");
    assertThatThrownBy(() -> reader("{\"id\":\"x\",\"docs\":[{\"id\":\"d\"}]}").next())
        .hasMessageContaining("document 'd' has no \"text\"");
  }
}
