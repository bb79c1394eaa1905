package org.newsum.internal.summarizers;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared benchmark data for benchmarks written as tests: they run only when asked
 * ({@code -Dnewsum.benchmark=true}) and are skipped, with the reason, when the data is absent.
 */
final class BenchmarkData {
  private BenchmarkData() {}

  /** {@code ../shared/data/<fileName>} next to the repository, or the test is skipped. */
  static Path require(String fileName) {
    assumeTrue(Boolean.getBoolean("newsum.benchmark"), "benchmark not requested (-Dnewsum.benchmark=true)");
    Path data = Path.of(System.getProperty("newsum.repo.root", "."), "..", "shared", "data", fileName);
    assumeTrue(Files.isRegularFile(data), "no benchmark data at " + data);
    return data;
  }
}
