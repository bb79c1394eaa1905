package org.newsum.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import org.newsum.model.Cluster;
import org.newsum.model.Document;

/**
 * Streams clusters from a JSONL file in the benchmark format
 * {@code {"id","docs":[{"id","title","text"}],"refs":[...],"query"?}}, one line at a time
 * (a file is never loaded whole; {@code .gz} files are decompressed on the fly).
 *
 * <p>A malformed line makes {@link #next()} throw an {@link InputException} naming the file and
 * line; the reader has already moved past it, so a caller may report it and go on. Blank lines
 * are skipped.
 */
public final class ClusterJsonlReader implements Iterator<ClusterRecord>, Closeable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final BufferedReader reader;
  private long lineNumber;
  private String pending;

  public ClusterJsonlReader(String name, InputStream in) {
    this.name = name;
    this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)), 1 << 16);
  }

  /** Opens a file; {@code .gz} files are decompressed. */
  public static ClusterJsonlReader open(Path file) {
    try {
      InputStream in = Files.newInputStream(file);
      if (file.getFileName().toString().endsWith(".gz")) {
        in = new GZIPInputStream(in, 1 << 16);
      }
      return new ClusterJsonlReader(file.toString(), in);
    } catch (NoSuchFileException e) {
      throw new InputException(file.toString(), "no such file");
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read: " + e.getMessage(), e);
    }
  }

  /** Reads every valid cluster of a file, failing on the first malformed line. */
  public static List<ClusterRecord> readAll(Path file) {
    List<ClusterRecord> all = new ArrayList<>();
    try (ClusterJsonlReader r = open(file)) {
      r.forEachRemaining(all::add);
    }
    return all;
  }

  @Override
  public boolean hasNext() {
    if (pending != null) {
      return true;
    }
    try {
      for (String line; (line = reader.readLine()) != null; ) {
        lineNumber++;
        if (!line.isBlank()) {
          pending = line;
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new InputException(name, "cannot read line " + (lineNumber + 1) + ": " + e.getMessage(), e);
    }
  }

  @Override
  public ClusterRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    String line = pending;
    pending = null;
    return parseLine(line, lineNumber, name + " line " + lineNumber);
  }

  /**
   * Parses one line of a cluster file, as {@link #next()} does (for engines that split files
   * themselves, e.g. Spark).
   *
   * @param number the 1-based line number, or 0 when unknown
   * @param where the file and line (or record), for error messages
   * @throws InputException if the line is not a valid cluster
   */
  public static ClusterRecord parseLine(String line, long number, String where) {
    JsonNode root;
    try {
      root = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new InputException(where, "malformed JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new InputException(where, "expected a JSON object");
    }
    String id = root.path("id").asText(null);
    if (id == null || id.isBlank()) {
      throw new InputException(where, "missing \"id\"");
    }
    JsonNode docsNode = root.path("docs");
    if (!docsNode.isArray()) {
      throw new InputException(where, "cluster '" + id + "' has no \"docs\" array");
    }
    List<Document> docs = new ArrayList<>();
    int i = 0;
    for (JsonNode d : docsNode) {
      String docId = d.hasNonNull("id") ? d.get("id").asText() : id + "/" + i;
      JsonNode text = d.get("text");
      if (text == null || !text.isTextual()) {
        throw new InputException(where, "document '" + docId + "' has no \"text\" string");
      }
      docs.add(Document.of(docId, d.path("title").asText(""), text.asText()));
      i++;
    }
    List<String> refs = new ArrayList<>();
    for (JsonNode r : root.path("refs")) {
      if (r.isArray()) {
        List<String> sentences = new ArrayList<>();
        r.forEach(s -> sentences.add(s.asText()));
        refs.add(String.join("\n", sentences));
      } else {
        refs.add(r.asText());
      }
    }
    String query = root.hasNonNull("query") ? root.get("query").asText() : null;
    return new ClusterRecord(number, new Cluster(id, docs, query), refs);
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
