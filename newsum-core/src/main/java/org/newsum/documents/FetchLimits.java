package org.newsum.documents;

import java.time.Duration;
import java.util.Objects;

/**
 * How long and how much the page fetcher ({@link DocumentReader#fetch}) waits for and reads from
 * a server.
 *
 * @param connectTimeout longest wait for a connection
 * @param readTimeout longest wait for the whole response (headers and body) of one request
 * @param maxRedirects redirects followed before giving up
 * @param maxBytes largest response body read; reading stops as soon as it is exceeded
 */
public record FetchLimits(Duration connectTimeout, Duration readTimeout, int maxRedirects, long maxBytes) {
  public FetchLimits {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    if (maxRedirects < 0 || maxBytes < 1) {
      throw new IllegalArgumentException("maxRedirects must be >= 0 and maxBytes >= 1");
    }
  }

  /** 10 s to connect, 30 s per response, 5 redirects, 10 MB. */
  public static FetchLimits defaults() {
    return new FetchLimits(Duration.ofSeconds(10), Duration.ofSeconds(30), 5, 10L * 1024 * 1024);
  }
}
