package org.newsum.documents;

import java.time.Duration;
import java.util.Objects;

/**
 * How long and how much the page fetcher ({@link DocumentReader#fetch}) waits for and reads from
 * a server, and which servers it may reach.
 *
 * @param connectTimeout longest wait for a connection
 * @param readTimeout longest wait for the whole response (headers and body) of one request
 * @param maxRedirects redirects followed before giving up
 * @param maxBytes largest response body read; reading stops as soon as it is exceeded
 * @param publicAddressesOnly refuse, before connecting, an address (the first or any redirect's)
 *     whose host resolves to a loopback, link-local, private, multicast or unspecified IP
 *     address: what a server that fetches pages for its clients needs (see {@link #publicOnly()})
 */
public record FetchLimits(Duration connectTimeout, Duration readTimeout, int maxRedirects, long maxBytes,
    boolean publicAddressesOnly) {
  public FetchLimits {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    if (maxRedirects < 0 || maxBytes < 1) {
      throw new IllegalArgumentException("maxRedirects must be >= 0 and maxBytes >= 1");
    }
  }

  /** Limits that let the fetcher reach any address, as a command-line user may. */
  public FetchLimits(Duration connectTimeout, Duration readTimeout, int maxRedirects, long maxBytes) {
    this(connectTimeout, readTimeout, maxRedirects, maxBytes, false);
  }

  /** 10 s to connect, 30 s per response, 5 redirects, 10 MB, any address. */
  public static FetchLimits defaults() {
    return new FetchLimits(Duration.ofSeconds(10), Duration.ofSeconds(30), 5, 10L * 1024 * 1024);
  }

  /** These limits, refusing every address that is not public (against server-side request forgery). */
  public FetchLimits publicOnly() {
    return new FetchLimits(connectTimeout, readTimeout, maxRedirects, maxBytes, true);
  }
}
