package org.newsum.evaluation.rouge;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsum.documents.InputException;
import org.newsum.internal.documents.JsonLines;
import org.newsum.evaluation.rouge.RougeOptions.Tokenize;
import org.newsum.evaluation.rouge.RougeSentences.SplitMode;

/**
 * Reads the JSONL files rouge.py reads: system summaries {@code {"id","summary": str|[sentences]}}
 * and references {@code {"id","refs":[str|[sentences],...]}} (a line with only a
 * {@code "summary"} is one reference), splitting string summaries as rouge.py does.
 */
public final class RougeFiles {

  /** One system summary: its id and sentences. */
  public record SystemSummary(String id, List<String> sentences) {}

  private RougeFiles() {}

  /** Reference sentences per id (a later line with the same id replaces an earlier one). */
  public static Map<String, List<List<String>>> readReferences(Path file, SplitMode split) {
    return readReferences(file, split, Tokenize.ROUGE155);
  }

  /** Reference sentences per id, strings split as rouge.py splits them with {@code --tokenize tokenize}. */
  public static Map<String, List<List<String>>> readReferences(Path file, SplitMode split, Tokenize tokenize) {
    Map<String, List<List<String>>> refs = new LinkedHashMap<>();
    forEachLine(file, (where, row) -> {
      JsonNode node = row.get("refs");
      List<JsonNode> summaries = new ArrayList<>();
      if (node == null || node.isNull()) {
        if (row.has("summary")) {
          summaries.add(row.get("summary"));
        }
      } else {
        node.forEach(summaries::add);
      }
      String id = id(row);
      if (summaries.isEmpty()) {
        throw new InputException(where, "id '" + id + "' has no references");
      }
      List<List<String>> sentences = new ArrayList<>();
      summaries.forEach(s -> sentences.add(sentences(s, split, tokenize)));
      refs.put(id, sentences);
    });
    return refs;
  }

  /** The system summaries in file order. */
  public static List<SystemSummary> readSummaries(Path file, SplitMode split) {
    return readSummaries(file, split, Tokenize.ROUGE155);
  }

  /** The system summaries in file order, strings split as rouge.py splits them with {@code --tokenize tokenize}. */
  public static List<SystemSummary> readSummaries(Path file, SplitMode split, Tokenize tokenize) {
    List<SystemSummary> out = new ArrayList<>();
    forEachLine(file, (where, row) -> {
      JsonNode summary = row.get("summary");
      out.add(new SystemSummary(id(row), summary == null ? List.of() : sentences(summary, split, tokenize)));
    });
    return out;
  }

  /** Sentences of one summary value: a list is kept (empty items dropped), a string is split. */
  public static List<String> sentences(JsonNode summary, SplitMode split, Tokenize tokenize) {
    if (summary.isArray()) {
      List<String> items = new ArrayList<>();
      summary.forEach(s -> items.add(s.isTextual() ? s.asText() : s.toString()));
      return RougeSentences.ofList(items);
    }
    return RougeSentences.split(summary.isTextual() ? summary.asText() : summary.toString(), split, tokenize);
  }

  private static String id(JsonNode row) {
    JsonNode id = row.get("id");
    return id == null ? "None" : id.isTextual() ? id.asText() : id.toString();
  }

  private interface RowHandler {
    void accept(String where, JsonNode row);
  }

  private static void forEachLine(Path file, RowHandler handler) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line; (line = reader.readLine()) != null; ) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String where = file + ":" + number;
        JsonNode row = JsonLines.parse(line, where);
        if (row == null || !row.isObject()) {
          throw new InputException(where, "expected a JSON object");
        }
        handler.accept(where, row);
      }
    } catch (NoSuchFileException e) {
      throw new InputException(file.toString(), "no such file");
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read: " + e.getMessage(), e);
    }
  }
}
