package org.newsum.server;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;

/**
 * Reads request bodies so that no client can hold the server for long or fill its memory: a body
 * must arrive within the body timeout and, after a short grace, at the minimum rate (a client
 * sending a byte every few seconds is cut off with a 408 within seconds); a body over the size
 * limit is a 413; and all bodies being read or waiting for their summary together hold at most
 * {@link #budgetBytes()} bytes (beyond that a 503). A blocked read is ended at the cut-off by
 * lowering the connection's idle timeout for its duration. Thread-safe.
 */
final class RequestBodies {
  /** A refused body is drained up to this many bytes (or 4 times the limit) before answering. */
  private static final long DISCARD_AT_LEAST_BYTES = 64L * 1024 * 1024;
  private static final int CHUNK = 64 * 1024;

  private final ServerConfig config;
  private final long budgetBytes;
  private final AtomicLong heldBytes = new AtomicLong();

  RequestBodies(ServerConfig config) {
    this.config = config;
    // Room for every admitted request's body and as much again for bodies still arriving.
    this.budgetBytes = 2L * (config.workers() + config.queueCapacity()) * config.maxBodyBytes();
  }

  /** The most body bytes held at once. */
  long budgetBytes() {
    return budgetBytes;
  }

  /**
   * Reads the whole body. Close the returned body once the request is answered: it gives its
   * bytes back to the budget.
   *
   * @throws ApiException 413 (too large), 408 (too slow) or 503 (the budget is spent)
   */
  Body read(HttpServletRequest request) throws IOException {
    long max = config.maxBodyBytes();
    long declared = request.getContentLengthLong();
    Body body = new Body();
    try {
      if (declared > max) {
        discard(request);
        throw tooLarge(declared + " bytes");
      }
      if (declared > 0) {
        body.reserve(declared);
      }
      // A declared length is read straight into its array; a chunked body grows as it arrives.
      byte[] exact = declared > 0 ? new byte[(int) declared] : null;
      ByteArrayOutputStream chunked = declared > 0 ? null : new ByteArrayOutputStream(8192);
      long[] size = {0};
      transfer(request, (buffer, n) -> {
        if (size[0] + n > max) {
          discard(request);
          throw tooLarge("more than " + max + " bytes");
        }
        if (exact != null) {
          if (size[0] + n > exact.length) { // Jetty stops at the Content-Length; never trust it blindly
            throw new ApiException(ApiException.BAD_REQUEST, "request body longer than its Content-Length");
          }
          System.arraycopy(buffer, 0, exact, (int) size[0], n);
        } else {
          if (size[0] + n > body.reserved) {
            body.reserve(size[0] + n - body.reserved);
          }
          chunked.write(buffer, 0, n);
        }
        size[0] += n;
      }, new byte[CHUNK]);
      body.bytes = exact == null ? chunked.toByteArray() : size[0] == exact.length ? exact : Arrays.copyOf(exact, (int) size[0]);
      return body;
    } catch (IOException | RuntimeException e) {
      body.close();
      throw e;
    }
  }

  /**
   * Reads and drops the rest of a refused body (up to a bound, within the same time limits), so
   * that a client that sends its whole body before reading the answer gets the error rather than
   * a broken connection.
   */
  void discard(HttpServletRequest request) throws IOException {
    long limit = Math.max(DISCARD_AT_LEAST_BYTES, 4 * config.maxBodyBytes());
    long[] total = {0};
    try {
      transfer(request, (buffer, n) -> {
        total[0] += n;
        if (total[0] > limit) {
          throw new StopReading();
        }
      }, new byte[CHUNK]);
    } catch (StopReading | ApiException enough) {
      // the answer goes out anyway; the server closes the connection when the client sends more
    }
  }

  /** Passes each chunk read to {@code sink} until the end of the body, within the time limits. */
  private void transfer(HttpServletRequest request, ChunkSink sink, byte[] chunk) throws IOException {
    long start = System.nanoTime();
    long deadline = start + config.bodyTimeout().toNanos();
    long grace = ServerConfig.BODY_RATE_GRACE.toNanos();
    long rate = config.minBodyBytesPerSecond();
    EndPoint endPoint = endPoint(request);
    long idleTimeout = endPoint == null ? 0 : endPoint.getIdleTimeout();
    long received = 0;
    try (InputStream in = request.getInputStream()) {
      while (true) {
        // The body must be complete by the deadline, and `received` bytes by start + grace + received / rate.
        long cutoff = rate <= 0 ? deadline : Math.min(deadline, start + grace + received * 1_000_000_000L / rate);
        long left = cutoff - System.nanoTime();
        if (left <= 0) {
          throw tooSlow(received);
        }
        if (endPoint != null) {
          long leftMillis = Math.max(1, left / 1_000_000);
          endPoint.setIdleTimeout(idleTimeout > 0 ? Math.min(idleTimeout, leftMillis) : leftMillis);
        }
        int n;
        try {
          n = in.read(chunk);
        } catch (IOException e) {
          if (timedOut(e) || System.nanoTime() >= cutoff) {
            throw tooSlow(received);
          }
          throw new ApiException(ApiException.BAD_REQUEST, "request body incomplete: the connection failed after "
              + received + " bytes (" + e.getClass().getSimpleName() + ")");
        }
        if (n < 0) {
          return;
        }
        received += n;
        sink.accept(chunk, n);
      }
    } finally {
      if (endPoint != null) {
        endPoint.setIdleTimeout(idleTimeout);
      }
    }
  }

  private static EndPoint endPoint(HttpServletRequest request) {
    ServletContextRequest jetty = ServletContextRequest.getServletContextRequest(request);
    return jetty == null ? null : jetty.getConnectionMetaData().getConnection().getEndPoint();
  }

  private static boolean timedOut(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof TimeoutException) {
        return true;
      }
    }
    return false;
  }

  private ApiException tooSlow(long received) {
    return new ApiException(ApiException.REQUEST_TIMEOUT, "request body too slow: " + received
        + " bytes arrived; send the whole body within " + config.bodyTimeout().toSeconds() + " s, at "
        + config.minBodyBytesPerSecond() + " bytes/s or faster");
  }

  private ApiException tooLarge(String size) {
    return new ApiException(ApiException.PAYLOAD_TOO_LARGE,
        "request body too large: " + size + " (the limit is " + config.maxBodyBytes() + " bytes)");
  }

  private interface ChunkSink {
    void accept(byte[] buffer, int n) throws IOException;
  }

  /** Ends a discard at its bound. */
  private static final class StopReading extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StopReading() {
      super(null, null, false, false);
    }
  }

  /** A body read in full, holding its size in the budget until closed. */
  final class Body implements AutoCloseable {
    private long reserved;
    private byte[] bytes;

    /** The body, handed over once: this object no longer holds it (its size stays reserved until closed). */
    byte[] take() {
      byte[] taken = bytes;
      bytes = null;
      return taken;
    }

    private void reserve(long more) {
      while (true) {
        long held = heldBytes.get();
        if (held + more > budgetBytes) {
          throw ApiException.busy("request bodies in memory");
        }
        if (heldBytes.compareAndSet(held, held + more)) {
          reserved += more;
          return;
        }
      }
    }

    @Override
    public void close() {
      heldBytes.addAndGet(-reserved);
      reserved = 0;
      bytes = null;
    }
  }
}
