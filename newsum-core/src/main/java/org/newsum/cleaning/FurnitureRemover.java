package org.newsum.cleaning;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.Document;

/**
 * Drops lines of scraped text that are page furniture by their shape: short lines repeated
 * within a page (form labels, "Validation message here"), repeated copies of a line (a
 * headline printed twice), and copyright footers (a line carrying the copyright sign).
 * Removed lines are blanked with spaces rather than cut, so character offsets into the
 * cleaned text are offsets into the original text too.
 */
public final class FurnitureRemover implements ClusterCleaner {
  private static final int SHORT_LINE_WORDS = 12;
  private static final int REPEATS_FOR_FURNITURE = 3;

  @Override
  public Cluster clean(Cluster cluster) {
    List<Document> cleaned = cluster.documents().stream().map(d -> d.withText(cleanText(d.text()))).toList();
    return new Cluster(cluster.id(), cleaned, cluster.query());
  }

  static String cleanText(String text) {
    String[] lines = text.split("\n", -1);
    Map<String, Integer> counts = new HashMap<>();
    for (String line : lines) {
      counts.merge(line.strip(), 1, Integer::sum);
    }
    StringBuilder out = new StringBuilder(text.length());
    Set<String> seen = new HashSet<>();
    for (String line : lines) {
      String key = line.strip();
      boolean furniture = !key.isEmpty()
          && (counts.get(key) >= REPEATS_FOR_FURNITURE && Budget.countWords(key) <= SHORT_LINE_WORDS
              || !seen.add(key)
              || key.indexOf('\u00a9') >= 0);
      out.append(furniture ? " ".repeat(line.length()) : line).append('\n');
    }
    out.setLength(text.length());
    return out.toString();
  }
}
