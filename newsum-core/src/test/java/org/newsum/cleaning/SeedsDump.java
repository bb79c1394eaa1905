package org.newsum.cleaning;

import java.nio.file.*;
import java.util.*;
import org.junit.jupiter.api.Test;
import org.newsum.model.*;

class SeedsDump {
  @Test
  void dump() throws Exception {
    Path dir = Path.of(System.getProperty("newsum.repo.root"), "..", "shared", "seeds");
    List<Document> docs = new ArrayList<>();
    try (var s = Files.list(dir)) {
      for (Path p : s.sorted().toList()) docs.add(Document.of(p.getFileName().toString(), Files.readString(p)));
    }
    for (PageLayout l : new FurnitureClassifier().classify(Cluster.of("seeds", docs))) {
      System.out.println("=== " + l.documentId());
      for (LabeledBlock b : l.blocks()) {
        String t = b.text().length() > 70 ? b.text().substring(0, 70) : b.text();
        System.out.println(b.label().name().charAt(0) + " | " + t + " | " + b.reason());
      }
    }
  }
}
