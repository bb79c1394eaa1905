package org.newsum.server;

/**
 * A request the service refuses or cannot serve: carries the HTTP status and a message for the
 * client, rendered as {@code {"error": message}}.
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  static final int BAD_REQUEST = 400;
  static final int FORBIDDEN = 403;
  static final int REQUEST_TIMEOUT = 408;
  static final int PAYLOAD_TOO_LARGE = 413;
  static final int UNSUPPORTED_MEDIA_TYPE = 415;
  static final int UNAVAILABLE = 503;

  private final int status;
  private final boolean retryShortly;

  ApiException(int status, String message) {
    this(status, message, false);
  }

  private ApiException(int status, String message, boolean retryShortly) {
    super(message, null, false, false);
    this.status = status;
    this.retryShortly = retryShortly;
  }

  int status() {
    return status;
  }

  /** Whether the client may send the same request again shortly (answered with {@code Retry-After}). */
  boolean retryShortly() {
    return retryShortly;
  }

  /** A 503 for a server at one of its limits ({@code what} it has too many of), which frees up shortly. */
  static ApiException busy(String what) {
    return new ApiException(UNAVAILABLE, "server busy: too many " + what + ", retry shortly", true);
  }

  static ApiException badRequest(String message) {
    return new ApiException(BAD_REQUEST, message);
  }
}
