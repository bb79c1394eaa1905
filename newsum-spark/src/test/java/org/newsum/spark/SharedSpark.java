package org.newsum.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One local Spark session ({@code local[2]}, no web UI, 2 shuffle partitions) for every test class
 * that asks for a {@link SparkSession} parameter ({@code @ExtendWith(SharedSpark.class)}): starting
 * Spark is most of these tests' time. It starts with the first class that asks and stops when the
 * test run ends. The classes stay independent: they share the session, never its data (each reads
 * and writes its own temporary directory, and none changes the session's settings).
 */
final class SharedSpark implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedSpark.class);

  /** The session, stopped when JUnit closes the root store at the end of the run. */
  private record Session(SparkSession spark) implements AutoCloseable {
    @Override
    public void close() {
      spark.stop();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == SparkSession.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Session.class, key -> new Session(
        SparkSession.builder().master("local[2]").appName("newsum-spark tests").config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2").getOrCreate()), Session.class).spark();
  }
}
