package org.newsum.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newsum.documents.InputException;
import org.newsum.model.Document;

/** Cluster table rows (no Spark session needed): the optional document date column. */
class ClusterRowsTest {
  private static final LocalDate JULY_7 = LocalDate.of(2017, 7, 7);

  private static Row cluster(DataType dateType, Object... dates) {
    StructType doc = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType).add("date", dateType);
    StructType cluster = new StructType().add("id", DataTypes.StringType).add("docs", DataTypes.createArrayType(doc));
    Row[] docs = new Row[dates.length];
    for (int i = 0; i < dates.length; i++) {
      docs[i] = new GenericRowWithSchema(new Object[] {"d" + i, "Text " + i + ".", dates[i]}, doc);
    }
    return new GenericRowWithSchema(new Object[] {"c", scala.jdk.javaapi.CollectionConverters.asScala(List.of(docs))}, cluster);
  }

  @Test
  void readsDateColumnsAndIsoStrings() {
    assertThat(ClusterRows.toCluster(cluster(DataTypes.StringType, "2017-07-07T21:47:00+02:00", null), "t").documents())
        .extracting(Document::date).containsExactly(JULY_7, null);
    assertThat(ClusterRows.toCluster(cluster(DataTypes.DateType, java.sql.Date.valueOf(JULY_7), JULY_7), "t").documents())
        .extracting(Document::date).containsExactly(JULY_7, JULY_7);
  }

  @Test
  void anUnreadableDateOrATimestampIsANamedInputError() {
    assertThatThrownBy(() -> ClusterRows.toCluster(cluster(DataTypes.StringType, "yesterday"), "in.parquet record 3"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("in.parquet record 3: cluster 'c', document 'd0': \"date\" must be an ISO-8601 date");
    assertThatThrownBy(() -> ClusterRows.toCluster(cluster(DataTypes.TimestampType, Timestamp.valueOf("2017-07-07 21:47:00")), "t"))
        .isInstanceOf(InputException.class).hasMessageContaining("got a timestamp (convert it, e.g. with to_date)");
  }

  @Test
  void anOptionalHistoryColumnHoldsTheDocumentsAlreadyRead() {
    StructType doc = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType);
    StructType cluster = new StructType().add("id", DataTypes.StringType).add("docs", DataTypes.createArrayType(doc))
        .add("history", DataTypes.createArrayType(doc));
    Row row = new GenericRowWithSchema(new Object[] {"c",
        scala.jdk.javaapi.CollectionConverters.asScala(List.<Row>of(new GenericRowWithSchema(new Object[] {"n", "New."}, doc))),
        scala.jdk.javaapi.CollectionConverters.asScala(List.<Row>of(new GenericRowWithSchema(new Object[] {null, "Old."}, doc)))},
        cluster);
    assertThat(ClusterRows.toCluster(row, "t").history()).containsExactly(Document.of("doc1", "Old."));
    assertThat(ClusterRows.toCluster(cluster(DataTypes.StringType, "2017-07-07"), "t").history()).isEmpty();
  }
}
