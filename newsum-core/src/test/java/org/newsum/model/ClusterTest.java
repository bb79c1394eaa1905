package org.newsum.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterTest {
  @Test
  void aNullDocumentOrListIsNamed() {
    Document a = Document.of("a", "x");
    assertThatThrownBy(() -> Cluster.of("c", Arrays.asList(a, null))).isInstanceOf(NullPointerException.class)
        .hasMessage("cluster 'c': documents[1] is null");
    assertThatThrownBy(() -> Cluster.of("c", List.of(a)).withHistory(Arrays.asList((Document) null)))
        .hasMessage("cluster 'c': history[0] is null");
    assertThatThrownBy(() -> Cluster.of("c", null)).hasMessage("documents");
  }
}
