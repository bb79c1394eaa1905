package org.newsum.server;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the HTTP service binds and what it accepts. The limits bound memory and time: a request
 * body is at most {@code maxBodyBytes} and must arrive within {@code bodyTimeout} at
 * {@code minBodyBytesPerSecond} or faster (a slow client is cut off and never holds a place in
 * the queue); once read, at most {@code workers + queueCapacity} requests are admitted at once
 * (others get 503); each waits at most {@code timeout} for its summary.
 *
 * @param host address to bind, loopback by default
 * @param port TCP port, 0 for any free port
 * @param maxBodyBytes largest accepted request body
 * @param maxDocuments most documents in one request
 * @param workers threads that summarize
 * @param queueCapacity admitted requests that may wait for a worker
 * @param timeout how long a request waits for its summary before a 503
 * @param bodyTimeout how long a client may take to send its whole request body (then 408)
 * @param minBodyBytesPerSecond slowest accepted body upload after its first {@link #BODY_RATE_GRACE} (then 408)
 * @param allowedHosts host names a request's {@code Host} header may give besides localhost, IP
 *     addresses and the bound name (against DNS rebinding); {@code "*"} allows any
 * @param urlFetch whether documents may be given as {@code "url"}, and which addresses the server then fetches
 */
public record ServerConfig(String host, int port, long maxBodyBytes, int maxDocuments, int workers,
    int queueCapacity, Duration timeout, Duration bodyTimeout, long minBodyBytesPerSecond, Set<String> allowedHosts,
    UrlFetch urlFetch) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final long DEFAULT_MAX_BODY_BYTES = 4L * 1024 * 1024;
  public static final int DEFAULT_MAX_DOCUMENTS = 100;
  public static final int DEFAULT_QUEUE_CAPACITY = 4;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofSeconds(10);
  public static final long DEFAULT_MIN_BODY_BYTES_PER_SECOND = 8 * 1024;
  /** The body rate is checked from this long after the request arrived. */
  public static final Duration BODY_RATE_GRACE = Duration.ofSeconds(2);
  /** An {@link #allowedHosts} entry that allows every host name. */
  public static final String ANY_HOST = "*";

  /** Whether and where the server fetches documents given as {@code "url"}. */
  public enum UrlFetch {
    /** {@code "url"} documents are refused (the default: a fetching server is a request-forgery risk). */
    OFF,
    /** Public addresses only: loopback, private, link-local, multicast are refused, also on redirects. */
    PUBLIC,
    /** Any address, private ones included (tests, or a server whose clients may reach its network anyway). */
    ANY
  }

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(bodyTimeout, "bodyTimeout");
    Objects.requireNonNull(urlFetch, "urlFetch");
    allowedHosts = allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0..65535, got " + port);
    }
    if (maxBodyBytes < 1 || maxBodyBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("max body bytes must be 1.." + (Integer.MAX_VALUE - 8) + ", got " + maxBodyBytes);
    }
    if (maxDocuments < 1 || workers < 1 || queueCapacity < 0) {
      throw new IllegalArgumentException("max documents and workers must be at least 1, queue capacity at least 0");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeout);
    }
    if (bodyTimeout.isNegative() || bodyTimeout.isZero()) {
      throw new IllegalArgumentException("body timeout must be positive, got " + bodyTimeout);
    }
    if (minBodyBytesPerSecond < 0) {
      throw new IllegalArgumentException("minimum body rate must be at least 0, got " + minBodyBytesPerSecond);
    }
  }

  /**
   * Loopback, port 8080, 4 MiB bodies sent within 10 s at 8 KiB/s or faster, 100 documents, one
   * worker per core, 30 s timeout, no extra host names, no URL fetching.
   */
  public static ServerConfig defaults() {
    return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_DOCUMENTS,
        Runtime.getRuntime().availableProcessors(), DEFAULT_QUEUE_CAPACITY, DEFAULT_TIMEOUT, DEFAULT_BODY_TIMEOUT,
        DEFAULT_MIN_BODY_BYTES_PER_SECOND, Set.of(), UrlFetch.OFF);
  }

  public ServerConfig withAddress(String newHost, int newPort) {
    return new ServerConfig(newHost, newPort, maxBodyBytes, maxDocuments, workers, queueCapacity, timeout, bodyTimeout,
        minBodyBytesPerSecond, allowedHosts, urlFetch);
  }

  public ServerConfig withLimits(long newMaxBodyBytes, int newMaxDocuments) {
    return new ServerConfig(host, port, newMaxBodyBytes, newMaxDocuments, workers, queueCapacity, timeout, bodyTimeout,
        minBodyBytesPerSecond, allowedHosts, urlFetch);
  }

  public ServerConfig withConcurrency(int newWorkers, int newQueueCapacity, Duration newTimeout) {
    return new ServerConfig(host, port, maxBodyBytes, maxDocuments, newWorkers, newQueueCapacity, newTimeout, bodyTimeout,
        minBodyBytesPerSecond, allowedHosts, urlFetch);
  }

  public ServerConfig withBodyLimits(Duration newBodyTimeout, long newMinBodyBytesPerSecond) {
    return new ServerConfig(host, port, maxBodyBytes, maxDocuments, workers, queueCapacity, timeout, newBodyTimeout,
        newMinBodyBytesPerSecond, allowedHosts, urlFetch);
  }

  public ServerConfig withAllowedHosts(Set<String> newAllowedHosts) {
    return new ServerConfig(host, port, maxBodyBytes, maxDocuments, workers, queueCapacity, timeout, bodyTimeout,
        minBodyBytesPerSecond, newAllowedHosts, urlFetch);
  }

  public ServerConfig withUrlFetch(UrlFetch newUrlFetch) {
    return new ServerConfig(host, port, maxBodyBytes, maxDocuments, workers, queueCapacity, timeout, bodyTimeout,
        minBodyBytesPerSecond, allowedHosts, newUrlFetch);
  }
}
