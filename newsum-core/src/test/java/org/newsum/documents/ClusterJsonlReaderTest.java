package org.newsum.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsum.model.Document;

/** The JSONL rows of docs/ROBUSTNESS.md: a malformed line in the middle, a cluster without references. */
class ClusterJsonlReaderTest {
  private static ClusterJsonlReader reader(String content) {
    return new ClusterJsonlReader("in.jsonl", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
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

  /** Bug: a gzipped file not named .gz was read as text: every line "not valid UTF-8 (… iconv …)". */
  @Test
  void gzippedFilesAreDecompressedWhateverTheirNameAndPlainOnesReadEvenAsGz(@TempDir Path dir) throws IOException {
    String line = "{\"id\":\"c\",\"docs\":[{\"id\":\"a\",\"text\":\"Body.\"}]}\n";
    ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(gzipped)) {
      gz.write(line.getBytes(StandardCharsets.UTF_8));
    }
    Path named = Files.write(dir.resolve("clusters.jsonl"), gzipped.toByteArray());
    Path plainGz = Files.writeString(dir.resolve("plain.jsonl.gz"), line);

    assertThat(ClusterJsonlReader.readAll(named)).singleElement().satisfies(r -> assertThat(r.cluster().id()).isEqualTo("c"));
    assertThat(ClusterJsonlReader.readAll(plainGz)).singleElement().satisfies(r -> assertThat(r.cluster().id()).isEqualTo("c"));
  }

  @Test
  void missingFieldsAreNamed() {
    assertThatThrownBy(() -> reader("{\"docs\":[]}").next()).hasMessageContaining("missing \"id\"");
    assertThatThrownBy(() -> reader("{\"id\":\"x\"}").next()).hasMessageContaining("no \"docs\" array");
    assertThatThrownBy(() -> reader("{\"id\":\"x\",\"docs\":[{\"id\":\"d\"}]}").next())
        .hasMessageContaining("document 'd' has no \"text\"");
  }

  @Test
  void aMalformedLineIsReportedByLineAndTheReaderGoesOn() {
    ClusterJsonlReader r = reader("""
        {"id":"a","docs":[{"text":"One."}],"refs":["x"]}
        {"id":"b","docs":[{"text":"Two."}
        {"id":"c","docs":[{"text":"Three."}],"refs":["y"]}
        """);
    assertThat(r.next().cluster().id()).isEqualTo("a");
    assertThatThrownBy(r::next).isInstanceOf(InputException.class).hasMessageStartingWith("in.jsonl line 2: malformed JSON");
    assertThat(r.next().cluster().id()).isEqualTo("c");
    assertThat(r.hasNext()).isFalse();
  }

  /**
   * Bug: two clusters run together on one line (a lost line break) were read as the first alone,
   * silently, and a truncated line's message carried the parser's internals ("[Source: REDACTED
   * (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 19]").
   */
  @Test
  void linesAreStrictJsonAndTheirProblemsSaidInPlainWords() {
    ClusterJsonlReader r = reader("""
        {"id":"a","docs":[{"text":"One."}]}{"id":"b","docs":[{"text":"Two."}]}
        {"id":"c","docs":[{"text":"Three."}]
        {"id":"d","id":"e","docs":[{"text":"Four."}]}
        """);
    assertThatThrownBy(r::next).hasMessage("in.jsonl line 1: malformed JSON: more after the JSON object (column 36)");
    assertThatThrownBy(r::next)
        .hasMessage("in.jsonl line 2: malformed JSON: Unexpected end-of-input: expected close marker for Object (column 37)");
    assertThatThrownBy(r::next).hasMessageStartingWith("in.jsonl line 3: malformed JSON: Duplicate field 'id'");
    assertThat(r.hasNext()).isFalse();
  }

  /** Bug: invalid UTF-8 bytes (a Latin-1 line) were silently read as U+FFFD and evaluated as garbled text. */
  @Test
  void aLineWithInvalidUtf8IsReportedInsteadOfReadAsReplacementCharacters() {
    byte[] latin1 = "{\"id\":\"b\",\"docs\":[{\"text\":\"Zw\u00f6lf Buslinien.\"}]}\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] utf8 = ("{\"id\":\"a\",\"docs\":[{\"text\":\"A \uFFFD in real data.\"}]}\n").getBytes(StandardCharsets.UTF_8);
    byte[] last = "{\"id\":\"c\",\"docs\":[]}\n".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(utf8);
    all.writeBytes(latin1);
    all.writeBytes(last);
    ClusterJsonlReader r = new ClusterJsonlReader("in.jsonl", new ByteArrayInputStream(all.toByteArray()));
    assertThat(r.next().cluster().documents().get(0).text()).isEqualTo("A \uFFFD in real data.");
    assertThatThrownBy(r::next).isInstanceOf(InputException.class)
        .hasMessageStartingWith("in.jsonl line 2: not valid UTF-8 (JSON Lines files must be UTF-8");
    assertThat(r.next().cluster().id()).isEqualTo("c");
  }

  @Test
  void anOverlongLineIsReportedAndSkippedWithoutHoldingIt() {
    String longLine = "{\"id\":\"big\",\"docs\":[{\"text\":\"" + "word ".repeat(100_000) + "\"}]}";
    ClusterJsonlReader r = new ClusterJsonlReader("in.jsonl", new ByteArrayInputStream(
        ("{\"id\":\"a\",\"docs\":[]}\r\n" + longLine + "\n{\"id\":\"c\",\"docs\":[]}").getBytes(StandardCharsets.UTF_8)), 1000);
    assertThat(r.next().cluster().id()).isEqualTo("a");
    assertThatThrownBy(r::next).isInstanceOf(InputException.class).hasMessage("in.jsonl line 2: too long (more than 1000 characters)");
    assertThat(r.next().cluster().id()).isEqualTo("c");
    assertThat(r.hasNext()).isFalse();
  }

  @Test
  void aClusterWithoutReferencesIsAcceptedAndSaysSo() {
    ClusterJsonlReader r = reader("""
        {"id":"a","docs":[{"text":"One."}]}
        {"id":"b","docs":[{"text":"Two."}],"refs":[]}
        """);
    assertThat(r.next().references()).isEmpty();
    assertThat(r.next().references()).isEmpty();
  }

  @Test
  void structuralProblemsNameTheLine() {
    assertThatThrownBy(() -> reader("[1,2]\n").next()).hasMessage("in.jsonl line 1: expected a JSON object");
    assertThatThrownBy(() -> reader("{\"docs\":[]}\n").next()).hasMessage("in.jsonl line 1: missing \"id\"");
    assertThatThrownBy(() -> reader("\n{\"id\":\"x\",\"docs\":[{\"title\":\"t\"}]}\n").next())
        .hasMessage("in.jsonl line 2: document 'doc1' has no \"text\" string");
  }

  @Test
  void readsADateOrTheCalendarDateOfADateTimeAsWritten() {
    ClusterRecord r = reader("{\"id\":\"c\",\"docs\":[{\"id\":\"a\",\"text\":\"A.\",\"date\":\"2017-07-07\"},"
        + "{\"id\":\"b\",\"text\":\"B.\",\"date\":\"2017-07-07T23:47:00-05:00\"},{\"id\":\"n\",\"text\":\"N.\",\"date\":null},"
        + "{\"id\":\"u\",\"text\":\"U.\"}]}\n").next();
    assertThat(r.cluster().documents()).extracting(Document::date)
        .containsExactly(LocalDate.of(2017, 7, 7), LocalDate.of(2017, 7, 7), null, null);
  }

  @Test
  void anUnreadableDateNamesTheLineClusterAndDocumentAndTheReaderGoesOn() {
    ClusterJsonlReader r = reader("""
        {"id":"c1","docs":[{"id":"a","text":"One.","date":"yesterday"}]}
        {"id":"c2","docs":[{"id":"b","text":"Two.","date":"2017-13-45"}]}
        {"id":"c3","docs":[{"id":"c","text":"Three.","date":20170707}]}
        {"id":"c4","docs":[{"id":"d","text":"Four.","date":"2017-07-07"}]}
        """);
    assertThatThrownBy(r::next).isInstanceOf(InputException.class).hasMessage("in.jsonl line 1: cluster 'c1', document 'a': "
        + "\"date\" must be an ISO-8601 date (yyyy-mm-dd) or date-time (e.g. 2017-07-07T21:47:00Z), got \"yesterday\"");
    assertThatThrownBy(r::next).isInstanceOf(InputException.class)
        .hasMessageStartingWith("in.jsonl line 2: cluster 'c2', document 'b': \"date\" must be").hasMessageEndingWith("got \"2017-13-45\"");
    assertThatThrownBy(r::next).isInstanceOf(InputException.class)
        .hasMessageStartingWith("in.jsonl line 3: cluster 'c3', document 'c': \"date\" must be a string").hasMessageEndingWith("got 20170707");
    assertThat(r.next().cluster().documents().get(0).date()).isEqualTo(LocalDate.of(2017, 7, 7));
  }
}
