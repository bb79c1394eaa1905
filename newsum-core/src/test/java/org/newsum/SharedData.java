package org.newsum;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the project's shared, read-only material ({@code ../shared} beside the repository:
 * seeds, benchmark data, reference scorers). Tests that need it call {@link #require} and are
 * skipped, with the reason printed, when it is absent.
 */
public final class SharedData {
  private SharedData() {}

  /** The shared directory, or a path that does not exist. */
  public static Path root() {
    String repo = System.getProperty("newsum.repo.root", ".");
    return Path.of(repo).toAbsolutePath().normalize().resolveSibling("shared");
  }

  /** {@code root().resolve(relative)}, skipping the calling test when it does not exist. */
  public static Path require(String relative) {
    Path p = root().resolve(relative);
    assumeTrue(Files.exists(p), () -> p + " not found: ../shared is not beside the repository");
    return p;
  }
}
