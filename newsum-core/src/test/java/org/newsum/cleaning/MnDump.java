package org.newsum.cleaning;

import java.nio.file.*;
import java.util.*;
import org.junit.jupiter.api.Test;
import org.newsum.documents.*;
import org.newsum.model.*;

class MnDump {
  @Test
  void dump() throws Exception {
    Path f = Path.of(System.getProperty("newsum.repo.root"), "..", "shared", "data", System.getProperty("mn.file", "multinews_dev.jsonl"));
    int removed = 0, total = 0, k = 0;
    for (ClusterRecord r : ClusterJsonlReader.readAll(f)) {
      if (k++ >= Integer.getInteger("mn.max", 200)) break;
      for (PageLayout l : new FurnitureClassifier().classify(r.cluster())) {
        for (LabeledBlock b : l.blocks()) {
          total++;
          if (b.label() == BlockLabel.FURNITURE) {
            removed++;
            String t = b.text().length() > 110 ? b.text().substring(0, 110) : b.text();
            System.out.println("F " + l.documentId() + " | " + t + " | " + b.reason().replaceAll("\\(topic", "(t"));
          }
        }
      }
    }
    System.out.println("removed " + removed + " of " + total);
  }
}
