package org.newsum.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsum.NewsumException;
import org.newsum.output.OutputFiles;

/**
 * Writes an {@link EvaluationRun} in the formats {@code shared/tools/rouge.py} reads, so anyone can
 * re-score it: {@code DIR/<method>.jsonl} with lines {@code {"id","summary":[sentences],"time_s"}}
 * and {@code DIR/refs.jsonl} with lines {@code {"id","refs":[...]}} (references as in the data
 * file). Every file is written with {@link OutputFiles#writeLines} (a temporary file in the same
 * folder, forced to disk, then atomically renamed), so a reader never sees a half-written file.
 */
public final class EvaluationFiles {
  /** The references file name. */
  public static final String REFERENCES = "refs.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();

  private EvaluationFiles() {}

  /** The file holding {@code method}'s summaries in {@code dir}. */
  public static Path summariesFile(Path dir, String method) {
    if (!method.matches("[A-Za-z0-9._+-]+") || method.startsWith(".")) {
      throw new NewsumException("method name '" + method + "' cannot be used as a file name");
    }
    return dir.resolve(method + ".jsonl");
  }

  /** Writes every method's summaries and the references into {@code dir} (created if needed). */
  public static void write(Path dir, EvaluationRun run) {
    createFolder(dir);
    for (MethodOutputs method : run.methods()) {
      List<String> lines = new ArrayList<>();
      for (ClusterOutput o : method.outputs()) {
        ObjectNode row = JSON.createObjectNode();
        row.put("id", o.clusterId());
        ArrayNode summary = row.putArray("summary");
        o.sentences().forEach(summary::add);
        row.put("time_s", o.seconds());
        lines.add(row.toString());
      }
      OutputFiles.writeLines(summariesFile(dir, method.method()), lines);
    }
    List<String> refLines = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : run.references().entrySet()) {
      ObjectNode row = JSON.createObjectNode();
      row.put("id", e.getKey());
      ArrayNode refs = row.putArray("refs");
      e.getValue().forEach(refs::add);
      refLines.add(row.toString());
    }
    OutputFiles.writeLines(dir.resolve(REFERENCES), refLines);
  }

  /** Creates {@code dir} if needed. */
  static void createFolder(Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new NewsumException("output folder " + dir + " is a file; name a folder to write into");
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new NewsumException("cannot create output folder " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Deletes {@code file} if it exists. */
  static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new NewsumException("cannot delete " + file + ": " + e.getMessage(), e);
    }
  }
}
