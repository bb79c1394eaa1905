package org.newsum.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsum.documents.ClusterJson;
import org.newsum.documents.InputException;
import org.newsum.documents.PublicationDate;
import org.newsum.model.Cluster;
import org.newsum.model.Document;
import org.newsum.model.Provenance;
import org.newsum.model.SummarySentence;
import org.newsum.output.BatchLine;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Converts between Spark rows and newsum values: a cluster table row (the columns of the
 * {@linkplain ClusterJson cluster format}: {@code id}, {@code docs: array<struct<id, title, text, date?>>},
 * optional {@code query}, optional {@code history} in the form of {@code docs}) to a {@link Cluster}, with that format's defaults and errors, and a {@link BatchLine} to a row with the fields of {@code newsum batch} output.
 */
final class ClusterRows {
  /** Where a summary sentence comes from, as in {@code newsum batch} output. */
  static final StructType SOURCE = new StructType()
      .add("doc", DataTypes.StringType, false)
      .add("index", DataTypes.IntegerType, false)
      .add("span", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
      .add("alsoIn", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("kept", DataTypes.createArrayType(DataTypes.createArrayType(DataTypes.IntegerType, false), false), true);

  /** How a summary was made ({@link Provenance}), as in {@code newsum batch} output. */
  static final StructType PROVENANCE = new StructType()
      .add("version", DataTypes.StringType, false)
      .add("method", DataTypes.StringType, false)
      .add("reason", DataTypes.StringType, false)
      .add("options", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, false), false)
      .add("cleaned", DataTypes.BooleanType, false);

  /** One summarized cluster: the fields of a {@link BatchLine}, as {@code newsum batch} writes them. */
  static final StructType SUMMARY = new StructType()
      .add("id", DataTypes.StringType, false)
      .add("summary", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("sources", DataTypes.createArrayType(SOURCE, false), false)
      .add("method", DataTypes.StringType, false)
      .add("provenance", PROVENANCE, false)
      .add("time_s", DataTypes.DoubleType, false);

  private ClusterRows() {}

  /**
   * The cluster in a row of a cluster table.
   *
   * @param where the input and record, for error messages
   * @throws InputException if the row lacks an id, documents or document text
   */
  static Cluster toCluster(Row row, String where) {
    String id = ClusterJson.clusterId(string(row, "id"), where);
    int docsField = fieldIndex(row, "docs");
    if (docsField < 0 || row.isNullAt(docsField)) {
      throw ClusterJson.noDocuments(where, id);
    }
    int historyField = fieldIndex(row, "history");
    List<Document> history = historyField < 0 || row.isNullAt(historyField) ? List.of()
        : documents(row.getList(historyField), where, id);
    return new Cluster(id, documents(row.getList(docsField), where, id), string(row, "query"), history);
  }

  /** The documents of a {@code docs} or {@code history} column. */
  private static List<Document> documents(List<Row> docRows, String where, String clusterId) {
    List<Document> docs = new ArrayList<>(docRows.size());
    for (int i = 0; i < docRows.size(); i++) {
      Row d = docRows.get(i);
      docs.add(ClusterJson.document(where, clusterId, i, string(d, "id"), string(d, "title"), string(d, "text"),
          () -> date(d)));
    }
    return docs;
  }

  /**
   * A document's optional {@code date} column: a Spark date, or a string read as in the JSONL
   * format; null when absent. A timestamp is refused: which calendar date it means depends on a
   * time zone the row does not state.
   */
  private static LocalDate date(Row doc) {
    int i = fieldIndex(doc, "date");
    if (i < 0 || doc.isNullAt(i)) {
      return null;
    }
    Object value = doc.get(i);
    if (value instanceof LocalDate d) {
      return d;
    } else if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    } else if (value instanceof String s) {
      return PublicationDate.parse(s);
    }
    throw new IllegalArgumentException("\"date\" must be a date or a string, " + PublicationDate.EXPECTED
        + ", got a " + doc.schema().fields()[i].dataType().simpleString() + " (convert it, e.g. with to_date)");
  }

  /** The row of a batch-output line. */
  static Row toRow(BatchLine line) {
    List<Row> sources = new ArrayList<>(line.summary().sentences().size());
    for (SummarySentence s : line.summary().sentences()) {
      // A compressed sentence's parts kept, [[start, end], ...]; null (no field in JSON) for a whole one.
      scala.collection.Seq<scala.collection.Seq<Integer>> kept = s.compressed()
          ? seq(s.kept().stream().map(k -> seq(List.of(k.start(), k.end()))).toList()) : null;
      sources.add(RowFactory.create(s.sentence().documentId(), s.sentence().index(),
          seq(List.of(s.sentence().start(), s.sentence().end())), seq(s.alsoIn()), kept));
    }
    Provenance p = line.summary().provenance();
    Map<String, Double> options = new LinkedHashMap<>();
    p.options().forEach((name, value) -> options.put(name, value.doubleValue()));
    Row provenance = RowFactory.create(p.version(), p.method(), p.reason(), CollectionConverters.asScala(options),
        p.cleaned());
    return RowFactory.create(line.summary().clusterId(), seq(line.summary().texts()), seq(sources),
        line.summary().method(), provenance, line.seconds());
  }

  /** Spark's row encoder takes Scala sequences for array columns. */
  private static <T> scala.collection.Seq<T> seq(List<T> list) {
    return CollectionConverters.asScala(list);
  }

  private static String string(Row row, String field) {
    int i = fieldIndex(row, field);
    return i < 0 || row.isNullAt(i) ? null : row.get(i).toString();
  }

  private static int fieldIndex(Row row, String field) {
    return row.schema() != null && row.schema().getFieldIndex(field).isDefined() ? row.fieldIndex(field) : -1;
  }
}
